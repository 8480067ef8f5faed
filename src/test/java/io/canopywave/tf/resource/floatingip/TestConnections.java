package io.canopywave.tf.resource.floatingip;

import io.canopywave.tf.api.CanopyWaveClient;
import io.canopywave.tf.api.ClientSettings;
import io.canopywave.tf.resource.common.Connection;
import io.canopywave.tf.resource.common.ConnectionSource;
import java.time.Duration;
import java.util.Optional;

/** A configured provider's connection for resource tests. */
record TestConnections(Connection connection) implements ConnectionSource {

  /** Defaults as given (null for unset); the client points at a closed loopback port. */
  static TestConnections withDefaults(String project, String region) {
    CanopyWaveClient client = new CanopyWaveClient(ClientSettings.builder()
        .baseUrl("http://127.0.0.1:9/api/v1")
        .apiKey("plan-test-key")
        .build());
    return new TestConnections(new Connection(client, project, region));
  }

  /** A client for {@code baseUrl} with fast retries and no list reuse, and these defaults. */
  static TestConnections to(String baseUrl, String apiKey, String project, String region) {
    CanopyWaveClient client = new CanopyWaveClient(ClientSettings.builder()
        .baseUrl(baseUrl)
        .apiKey(apiKey)
        .requestsPerSecond(1000)
        .burst(100)
        .retryBaseDelay(Duration.ofMillis(5))
        .retryMaxDelay(Duration.ofMillis(40))
        .listCacheTtl(Duration.ZERO)
        .build());
    return new TestConnections(new Connection(client, project, region));
  }

  @Override
  public Connection get() {
    return connection;
  }

  @Override
  public Optional<Connection> ifReady() {
    return Optional.of(connection);
  }
}
