package io.canopywave.tf.e2e.support;

import io.canopywave.tf.api.CanopyWaveClient;
import io.canopywave.tf.api.ClientSettings;
import io.canopywave.tf.api.model.AllocatedIp;
import io.canopywave.tf.api.model.LaunchRequest;
import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.simulator.Simulator;
import io.canopywave.tf.simulator.SimulatorControl;
import io.canopywave.tf.simulator.SimulatorOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One embedded simulator per IT class, on a free loopback port, reset before each test; and
 * tofu workspaces whose provider reaches it:
 * {@code @RegisterExtension static final SimulatedCloud CLOUD = new SimulatedCloud();}.
 */
public final class SimulatedCloud
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
  /** The provider defaults every workspace sets: a project and region the simulator knows. */
  public static final String PROJECT = "bob@example.com";

  public static final String REGION = "sequoia";

  public static final Scope SCOPE = new Scope(PROJECT, REGION);

  /** The module's provider requirement; workspaces get it as {@code provider.tf}. */
  public static final String PROVIDER_REQUIREMENT = """
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
  private SimulatorControl control;
  private CanopyWaveClient client;

  /** Instances build in 0.2 s, so that tests do not wait for what they do not test. */
  public SimulatedCloud() {
    this(SimulatorOptions.defaults().withBuildSeconds(0.2));
  }

  /** The given options, on a free port whatever their port says. */
  public SimulatedCloud(SimulatorOptions options) {
    this.options = options.withPort(0);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    simulator = Simulator.start(options);
    control = simulator.control();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (client != null) {
      client.close();
      client = null;
    }
    simulator.close();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    control.reset();
  }

  public Simulator simulator() {
    return simulator;
  }

  public SimulatorControl control() {
    return control;
  }

  /**
   * A fresh workspace whose provider takes endpoint, key, project and region from the
   * environment, pointing at this simulator.
   */
  public TofuWorkspace workspace(String name) {
    return TofuWorkspace.create(name)
        .withEnvironment("CANOPYWAVE_API_URL", simulator.baseUrl())
        .withEnvironment("CANOPYWAVE_API_KEY", simulator.apiKey())
        .withEnvironment("CANOPYWAVE_PROJECT", PROJECT)
        .withEnvironment("CANOPYWAVE_REGION", REGION)
        .write("provider.tf", PROVIDER_REQUIREMENT);
  }

  /** {@link #workspace} with {@code main.tf} written and {@code tofu init} run. */
  public TofuWorkspace initialized(String name, String mainTf) {
    TofuWorkspace workspace = workspace(name).write("main.tf", mainTf);
    workspace.init();
    return workspace;
  }

  /** {@link #initialized} and then {@code tofu apply}, which must pass. */
  public TofuWorkspace applied(String name, String mainTf) {
    TofuWorkspace workspace = initialized(name, mainTf);
    workspace.apply();
    return workspace;
  }

  /**
   * {@link #initialized} with an import block adopting {@code id} at {@code address} beside
   * {@code mainTf}; then, with the request log cleared, so that {@link #writes} shows what the
   * import wrote, {@code tofu apply}, which must pass.
   */
  public TofuWorkspace appliedImport(String name, String address, String id, String mainTf) {
    TofuWorkspace workspace = initialized(name, Hcl.importBlock(address, id) + mainTf);
    control.clearRequests();
    workspace.apply();
    return workspace;
  }

  /** Objects created from now on stay absent from lists and details for {@code reads} reads. */
  public void hideNewObjectsForReads(int reads) {
    control.config(Map.of("invisible_reads", reads));
  }

  /** {@code project/region/id}: the scoped import id of an object in {@link #SCOPE}. */
  public static String scopedId(String id) {
    return PROJECT + "/" + REGION + "/" + id;
  }

  /**
   * The provider's own API client aimed at this simulator, for setting up objects outside
   * Terraform as a user of the console would.
   */
  public synchronized CanopyWaveClient api() {
    if (client == null) {
      client = new CanopyWaveClient(ClientSettings.builder()
          .baseUrl(simulator.baseUrl())
          .apiKey(simulator.apiKey())
          .build());
    }
    return client;
  }

  /** Launches an instance outside Terraform in {@link #SCOPE}; answers its id. */
  public String launchInstance(String name) {
    return api().instances().launch(new LaunchRequest(SCOPE, name, "m1.advanced",
        "CPU-Ubuntu.22.04", "Launch-Passw0rd", null, null));
  }

  /** Allocates a floating IP outside Terraform in {@link #SCOPE}. */
  public AllocatedIp allocateIp() {
    return api().publicIps().allocate(SCOPE);
  }

  /** {@link #allocateIp}, associated outside Terraform with the instance {@code instanceId}. */
  public AllocatedIp allocateIpAssociatedWith(String instanceId) {
    AllocatedIp ip = allocateIp();
    api().publicIps().associate(SCOPE, ip.id(), instanceId);
    return ip;
  }

  /** The paths of the logged requests with this method whose path matches the glob. */
  public List<String> paths(String method, String pathGlob) {
    return control.requests(method, pathGlob).stream()
        .map(entry -> (String) entry.get("path"))
        .toList();
  }

  /**
   * The {@code field} of the JSON body of each logged request with this method whose path
   * matches the glob, oldest first (null where a body lacks it): the ids of terminate calls.
   */
  public List<Object> bodyFields(String method, String pathGlob, String field) {
    return control.requests(method, pathGlob).stream()
        .<Object>map(entry -> entry.get("body") instanceof Map<?, ?> body ? body.get(field) : null)
        .toList();
  }

  /** The logged requests that change something, as {@code "METHOD path"}, oldest first. */
  public List<String> writes() {
    return control.requests().stream()
        .filter(entry -> !"GET".equals(entry.get("method")))
        .map(entry -> entry.get("method") + " " + entry.get("path"))
        .toList();
  }

  /** The simulator's objects of {@code kind} ({@code ips}, {@code instances}, ...). */
  public List<Map<String, Object>> objects(String kind) {
    return control.objects(kind);
  }

  /** The one object of {@code kind}; fails the test when there are none or several. */
  public Map<String, Object> onlyObject(String kind) {
    List<Map<String, Object>> objects = objects(kind);
    if (objects.size() != 1) {
      throw new AssertionError("expected one object of kind " + kind + ", found " + objects);
    }
    return objects.getFirst();
  }

  /** The id of the one floating IP; fails the test when there are none or several. */
  public String onlyIpId() {
    return (String) onlyObject("ips").get("id");
  }
}
