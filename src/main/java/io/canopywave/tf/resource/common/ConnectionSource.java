package io.canopywave.tf.resource.common;

import java.util.Optional;

/** How resources reach the configured provider's API client. */
public interface ConnectionSource {

  /**
   * The connection for an operation that needs the API.
   *
   * @throws io.canopywave.tf.spi.DiagnosticException when the provider cannot call the API
   *     (missing key, settings unknown during plan, never configured), carrying what to fix
   */
  Connection get();

  /** The connection when the provider can call the API; for plan-time checks that may wait. */
  Optional<Connection> ifReady();
}
