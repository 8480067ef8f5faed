package io.canopywave.tf.resource.common;

import io.canopywave.tf.api.CanopyWaveClient;
import io.canopywave.tf.api.ClientSettings;
import io.canopywave.tf.cancel.Cancellation;
import io.canopywave.tf.schema.Diagnostics;
import io.canopywave.tf.spi.ClientCapabilities;
import io.canopywave.tf.spi.Operation;
import java.time.Duration;
import java.util.Optional;

/** Connections for resource tests, aimed at a loopback address the test controls. */
public final class TestConnections {
  public static final String PROJECT = "bob@example.com";
  public static final String REGION = "sequoia";

  private TestConnections() {}

  /**
   * A configured provider whose client calls {@code baseUrl} with fast settings (no list reuse,
   * millisecond retries), with the default project and region given (each may be null).
   */
  public static ConnectionSource to(String baseUrl, String project, String region) {
    CanopyWaveClient client = new CanopyWaveClient(ClientSettings.builder()
        .baseUrl(baseUrl)
        .apiKey("cw-resource-test-key")
        .requestsPerSecond(1000)
        .burst(100)
        .maxRetries(2)
        .retryBaseDelay(Duration.ofMillis(5))
        .retryMaxDelay(Duration.ofMillis(20))
        .readTimeout(Duration.ofSeconds(5))
        .listCacheTtl(Duration.ZERO)
        .build());
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
    return to("http://127.0.0.1:9/api/v1", PROJECT, REGION);
  }

  /** A provider whose settings are still unknown (plan before configure completes). */
  public static ConnectionSource notReady() {
    return new ConnectionSource() {
      @Override
      public Connection get() {
        throw new IllegalStateException("not configured");
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
