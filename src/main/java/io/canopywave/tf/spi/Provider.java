package io.canopywave.tf.spi;

import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.value.CtyValue;
import java.util.List;

/**
 * The provider as the protocol layer sees it. One instance per plugin process; it is configured
 * at most once per process, and RPCs may arrive concurrently.
 */
public interface Provider {

  Schema schema();

  /** Every resource type, in a fixed order. Listed explicitly: no classpath scanning. */
  List<Resource> resources();

  List<DataSource> dataSources();

  /** Validates the provider block; values may be unknown. */
  void validateConfig(CtyValue config, Operation op);

  /**
   * Configures from the provider block. During plan the config may hold unknowns; then the
   * provider stays usable for validation and reports errors only when an operation needs it.
   *
   * @param clientVersion the client's version string (tofu or terraform), for the User-Agent
   */
  void configure(CtyValue config, String clientVersion, Operation op);

  /** StopProvider: cancel in-flight work; the process keeps serving. */
  void stop();
}
