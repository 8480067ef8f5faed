package io.canopywave.tf.e2e.support;

import io.canopywave.tf.api.CanopyWaveClient;
import io.canopywave.tf.api.ClientSettings;
import io.canopywave.tf.simulator.Simulator;
import io.canopywave.tf.simulator.SimulatorControl;
import io.canopywave.tf.simulator.SimulatorOptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One simulator per IT class, on a free loopback port, reset before each test, stopped after
 * the class. Register it as a static field:
 * <pre>{@code
 * @RegisterExtension
 * static final SimulatorFixture SIM = SimulatorFixture.with(
 *     SimulatorOptions.defaults().withBuildSeconds(0.2));
 * }</pre>
 * Its workspaces reach the simulator through the provider's environment variables, with the
 * project {@value #PROJECT} and region {@value #REGION} as provider defaults.
 */
public final class SimulatorFixture
    implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
  public static final String PROJECT = "bob@example.com";
  public static final String REGION = "sequoia";

  /** The {@code terraform} block every workspace gets, in {@code providers.tf}. */
  public static final String REQUIRED_PROVIDERS = """
      terraform {
        required_providers {
          canopywave = {
            source = "canopywave/canopywave"
          }
        }
      }
      """;

  private final SimulatorOptions options;
  private Simulator simulator;

  private SimulatorFixture(SimulatorOptions options) {
    this.options = options.withPort(0);
  }

  public static SimulatorFixture with(SimulatorOptions options) {
    return new SimulatorFixture(options);
  }

  public static SimulatorFixture defaults() {
    return with(SimulatorOptions.defaults());
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    simulator = Simulator.start(options);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    simulator.control().reset();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (simulator != null) {
      simulator.close();
      simulator = null;
    }
  }

  public SimulatorControl control() {
    return simulator.control();
  }

  public String baseUrl() {
    return simulator.baseUrl();
  }

  /**
   * A fresh workspace, initialised, whose provider talks to this simulator: {@code main.tf}
   * holds {@code config}.
   */
  public TofuWorkspace workspace(String name, String config) {
    TofuWorkspace workspace = TofuWorkspace.create(name)
        .withEnvironment("CANOPYWAVE_API_URL", simulator.baseUrl())
        .withEnvironment("CANOPYWAVE_API_KEY", simulator.apiKey())
        .withEnvironment("CANOPYWAVE_PROJECT", PROJECT)
        .withEnvironment("CANOPYWAVE_REGION", REGION)
        .write("providers.tf", REQUIRED_PROVIDERS)
        .write("main.tf", config);
    workspace.init();
    return workspace;
  }

  /**
   * An API client on the simulator, for setting things up as another user of the account
   * would (objects created outside Terraform). The caller closes it.
   */
  public CanopyWaveClient apiClient() {
    return new CanopyWaveClient(ClientSettings.builder()
        .baseUrl(simulator.baseUrl())
        .apiKey(simulator.apiKey())
        .build());
  }
}
