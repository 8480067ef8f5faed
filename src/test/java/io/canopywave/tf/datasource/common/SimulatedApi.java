package io.canopywave.tf.datasource.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.api.CanopyWaveClient;
import io.canopywave.tf.api.ClientSettings;
import io.canopywave.tf.cancel.Cancellation;
import io.canopywave.tf.resource.common.Connection;
import io.canopywave.tf.resource.common.ConnectionSource;
import io.canopywave.tf.schema.Diagnostics;
import io.canopywave.tf.simulator.Simulator;
import io.canopywave.tf.simulator.SimulatorControl;
import io.canopywave.tf.simulator.SimulatorOptions;
import io.canopywave.tf.spi.ClientCapabilities;
import io.canopywave.tf.spi.DataSource;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.value.CtyValue;
import io.canopywave.tf.value.ObjectReader;
import io.canopywave.tf.value.Values;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The embedded simulator on a free loopback port, and what data source tests need around it: a
 * client with fast settings, provider connections with chosen defaults, configurations.
 *
 * <p>As a static {@code @RegisterExtension} field it serves a whole test class, reset before
 * each test and stopped after the last; alone it is closed by try-with-resources.
 */
public final class SimulatedApi implements AutoCloseable, BeforeEachCallback, AfterAllCallback {
  public static final String PROJECT = "bob@example.com";
  public static final String REGION = "sequoia";

  private final Simulator simulator =
      Simulator.start(SimulatorOptions.defaults().withPort(0).withBuildSeconds(0));
  private final CanopyWaveClient client = new CanopyWaveClient(ClientSettings.builder()
      .baseUrl(simulator.baseUrl())
      .apiKey(simulator.apiKey())
      .requestsPerSecond(1000)
      .burst(100)
      .maxRetries(1)
      .retryBaseDelay(Duration.ofMillis(5))
      .retryMaxDelay(Duration.ofMillis(20))
      .readTimeout(Duration.ofSeconds(5))
      .listCacheTtl(Duration.ZERO)
      .build());

  public CanopyWaveClient client() {
    return client;
  }

  public SimulatorControl control() {
    return simulator.control();
  }

  /** A configured provider whose defaults are {@code project} and {@code region} (or null). */
  public ConnectionSource connections(String project, String region) {
    Connection connection = new Connection(client, project, region);
    return new ConnectionSource() {
      @Override
      public Connection get() {
        return connection;
      }

      @Override
      public Optional<Connection> ifReady() {
        return Optional.of(connection);
      }
    };
  }

  /** The provider defaults {@link #PROJECT} and {@link #REGION}. */
  public ConnectionSource connections() {
    return connections(PROJECT, REGION);
  }

  /** A configuration of {@code dataSource} with the given arguments; the rest null. */
  public static CtyValue.ObjectVal config(DataSource dataSource, Map<String, ?> arguments) {
    return Values.object(dataSource.schema().impliedType(), arguments);
  }

  /** Reads {@code dataSource} with the given arguments and checks that nothing was reported. */
  public static ObjectReader readOk(DataSource dataSource, Map<String, ?> arguments) {
    Operation op = operation();
    CtyValue state = dataSource.read(config(dataSource, arguments), op);
    assertThat(op.diagnostics().list()).as("diagnostics").isEmpty();
    return ObjectReader.of(state);
  }

  public static Operation operation() {
    return new Operation(new Diagnostics(), ClientCapabilities.NONE, new Cancellation());
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    simulator.control().reset();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  @Override
  public void close() {
    client.close();
    simulator.close();
  }
}
