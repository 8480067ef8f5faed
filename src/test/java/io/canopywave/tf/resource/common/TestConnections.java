package io.canopywave.tf.resource.common;

import io.canopywave.tf.api.CanopyWaveClient;
import io.canopywave.tf.api.TestClientSettings;
import io.canopywave.tf.cancel.Cancellation;
import io.canopywave.tf.schema.Diagnostics;
import io.canopywave.tf.spi.ClientCapabilities;
import io.canopywave.tf.spi.Operation;
import java.util.Optional;

/** Connections for resource and data source tests, aimed at a loopback address they control. */
public final class TestConnections {
  public static final String PROJECT = "bob@example.com";
  public static final String REGION = "sequoia";
  private static final String CLOSED_PORT_URL = "http://127.0.0.1:9/api/v1";

  private TestConnections() {}

  /**
   * A configured provider whose client calls {@code baseUrl} with fast settings (no list reuse,
   * millisecond retries), with the default project and region given (each may be null).
   */
  public static ConnectionSource to(String baseUrl, String project, String region) {
    return configured(new CanopyWaveClient(
        TestClientSettings.fast(baseUrl, "cw-resource-test-key").maxRetries(2).build()),
        project, region);
  }

  /** A provider configured with {@code client} and these defaults (each may be null). */
  public static ConnectionSource configured(
      CanopyWaveClient client, String project, String region) {
    return new Configured(new Connection(client, project, region));
  }

  /** A provider configured once and for all. */
  private record Configured(Connection get) implements ConnectionSource {
    @Override
    public Optional<Connection> ifReady() {
      return Optional.of(get);
    }
  }

  /** For plans, which make no call: a port nothing listens on. */
  public static ConnectionSource planOnly() {
    return planOnly(PROJECT, REGION);
  }

  /** {@link #planOnly()} with these provider defaults (each may be null). */
  public static ConnectionSource planOnly(String project, String region) {
    return to(CLOSED_PORT_URL, project, region);
  }

  /**
   * A provider whose settings are still unknown (plan before configure completes); asking it
   * for its connection fails the test, since such a plan must not need the API.
   */
  public static ConnectionSource notReady() {
    return new ConnectionSource() {
      @Override
      public Connection get() {
        throw new AssertionError("planning must not need the API before configure");
      }

      @Override
      public Optional<Connection> ifReady() {
        return Optional.empty();
      }
    };
  }

  public static Operation operation() {
    return new Operation(new Diagnostics(), ClientCapabilities.NONE, new Cancellation());
  }
}
