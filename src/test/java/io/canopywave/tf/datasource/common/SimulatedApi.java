package io.canopywave.tf.datasource.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.api.CanopyWaveClient;
import io.canopywave.tf.api.TestClientSettings;
import io.canopywave.tf.resource.common.ConnectionSource;
import io.canopywave.tf.resource.common.TestConnections;
import io.canopywave.tf.simulator.Simulator;
import io.canopywave.tf.simulator.SimulatorControl;
import io.canopywave.tf.simulator.SimulatorOptions;
import io.canopywave.tf.spi.DataSource;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.value.CtyValue;
import io.canopywave.tf.value.ObjectReader;
import io.canopywave.tf.value.Values;
import java.util.Map;
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
  public static final String PROJECT = TestConnections.PROJECT;
  public static final String REGION = TestConnections.REGION;

  private final Simulator simulator =
      Simulator.start(SimulatorOptions.defaults().withPort(0).withBuildSeconds(0));
  private final CanopyWaveClient client = new CanopyWaveClient(
      TestClientSettings.fast(simulator.baseUrl(), simulator.apiKey()).maxRetries(1).build());

  public CanopyWaveClient client() {
    return client;
  }

  public SimulatorControl control() {
    return simulator.control();
  }

  /** A configured provider whose defaults are {@code project} and {@code region} (or null). */
  public ConnectionSource connections(String project, String region) {
    return TestConnections.configured(client, project, region);
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
    return TestConnections.operation();
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
