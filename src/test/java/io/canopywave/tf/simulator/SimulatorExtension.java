package io.canopywave.tf.simulator;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One simulator per test class, reset before each test:
 * {@code @RegisterExtension static final SimulatorExtension sim = new SimulatorExtension(...)}.
 */
final class SimulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
  private final SimulatorOptions options;
  private Simulator simulator;
  private SimulatorControl control;
  private ApiClient api;
  private Cloud cloud;

  SimulatorExtension() {
    this(SimulatorOptions.defaults().withBuildSeconds(0.2));
  }

  SimulatorExtension(SimulatorOptions options) {
    this.options = options;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    simulator = Simulator.start(options);
    control = simulator.control();
    api = new ApiClient(simulator);
    cloud = new Cloud(api);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    simulator.close();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    control.reset();
  }

  Simulator simulator() {
    return simulator;
  }

  SimulatorControl control() {
    return control;
  }

  ApiClient api() {
    return api;
  }

  Cloud cloud() {
    return cloud;
  }
}
