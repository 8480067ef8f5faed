package io.canopywave.tf.resource.floatingip;

import static io.canopywave.tf.plan.BlockValues.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.api.CanopyWaveClient;
import io.canopywave.tf.api.TestClientSettings;
import io.canopywave.tf.api.model.LaunchRequest;
import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.cancel.Cancellation;
import io.canopywave.tf.resource.common.ConnectionSource;
import io.canopywave.tf.resource.common.TestConnections;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.schema.Diagnostic;
import io.canopywave.tf.schema.Diagnostics;
import io.canopywave.tf.simulator.FaultRule;
import io.canopywave.tf.simulator.Simulator;
import io.canopywave.tf.simulator.SimulatorControl;
import io.canopywave.tf.simulator.SimulatorOptions;
import io.canopywave.tf.spi.ClientCapabilities;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import io.canopywave.tf.value.ObjectReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The floating IP resources' failure paths, called as the protocol layer calls them, against
 * the in-process simulator and its faults.
 */
class FloatingIpResourceTest {
  private static final Block IP = FloatingIpSchema.SCHEMA.block();
  private static final Scope SCOPE = new Scope("bob@example.com", "sequoia");

  private static Simulator simulator;
  private static SimulatorControl control;
  private static ConnectionSource connections;

  private final FloatingIpResource resource = new FloatingIpResource(connections);
  private final Diagnostics diagnostics = new Diagnostics();
  private final Operation op =
      new Operation(diagnostics, ClientCapabilities.NONE, new Cancellation());

  @BeforeAll
  static void start() {
    simulator = Simulator.start(SimulatorOptions.defaults().withPort(0).withBuildSeconds(0.1));
    control = simulator.control();
    connections = TestConnections.configured(new CanopyWaveClient(
        TestClientSettings.fast(simulator.baseUrl(), simulator.apiKey())
            .retryMaxDelay(Duration.ofMillis(40)).build()),
        SCOPE.project(), SCOPE.region());
  }

  @AfterAll
  static void stop() {
    connections.get().client().close();
    simulator.close();
  }

  @BeforeEach
  void reset() {
    control.reset();
  }

  @Test
  void create_allocationLostWhileAnotherAddressAppeared_failsWithoutAdoptingEither()
      throws Exception {
    control.addFault(FaultRule.on("POST", "/api/v1/ips").status(504).after().delayMs(1500)
        .times(1).build());

    CompletableFuture<CtyValue> created =
        CompletableFuture.supplyAsync(() -> resource.create(planned(null, "20s"), null, op));
    awaitFaultFired();
    // Someone else allocates while the provider's answer is on its way.
    connections.get().client().publicIps().allocate(SCOPE);
    CtyValue state = created.get();

    assertThat(state).isNull();
    assertThat(control.objects("ips")).hasSize(2);
    Diagnostic error = onlyError();
    assertThat(error.summary()).contains("may have been allocated");
    assertThat(error.detail()).contains("2 new unassociated addresses appeared")
        .contains("bob@example.com/sequoia/<id>");
    assertThat(error.detail().split("repeat", -1))
        .as("the detail says once that the request was not repeated")
        .hasSize(2);
  }

  @Test
  void create_allocationFailedBeforeTakingEffect_failsAfterTheAdoptionWindow() {
    control.addFault(FaultRule.on("POST", "/api/v1/ips").status(504).times(1).build());

    CtyValue state = resource.create(planned(null, "2s"), null, op);

    assertThat(state).isNull();
    assertThat(control.objects("ips")).isEmpty();
    assertThat(control.requests("POST", "/api/v1/ips")).hasSize(1);
    assertThat(onlyError().detail()).contains("no new unassociated address appeared within 2s");
  }

  @Test
  void create_associationRefused_returnsTheAllocatedAddressWithAnErrorOnInstanceId() {

    CtyValue state = resource.create(planned("no-such-instance", "20s"), null, op);

    Map<String, Object> listed = control.objects("ips").getFirst();
    ObjectReader recorded = ObjectReader.of(state);
    assertThat(recorded.string("id")).isEqualTo(listed.get("id"));
    assertThat(recorded.string("address")).isEqualTo(listed.get("ip"));
    assertThat(recorded.isNull("instance_id")).isTrue();
    assertThat(onlyError().path()).isEqualTo(AttributePath.of("instance_id"));
  }

  @Test
  void create_associateAnswer503_checksTheListAndSendsItAgain() {
    String web = launch("web-a");
    control.addFault(FaultRule.on("POST", "/api/v1/ips/*/associate").status(503).times(1)
        .build());

    CtyValue state = resource.create(planned(web, "20s"), null, op);

    assertThat(diagnostics.hasErrors()).as("%s", diagnostics).isFalse();
    assertThat(ObjectReader.of(state).string("instance_name")).isEqualTo("web-a");
    assertThat(control.requests("POST", "/api/v1/ips/*/associate")).hasSize(2);
  }

  @Test
  void create_associateAnswerLostAfterItHappened_doesNotSendItAgain() {
    String web = launch("web-a");
    control.addFault(FaultRule.on("POST", "/api/v1/ips/*/associate").status(504).after()
        .times(1).build());

    CtyValue state = resource.create(planned(web, "20s"), null, op);

    assertThat(diagnostics.hasErrors()).as("%s", diagnostics).isFalse();
    assertThat(ObjectReader.of(state).string("instance_id")).isEqualTo(web);
    assertThat(control.requests("POST", "/api/v1/ips/*/associate")).hasSize(1);
  }

  @Test
  void update_instanceChanged_detachesSeesItFreeThenAssociates() {
    String first = launch("web-a");
    String second = launch("web-b");
    CtyValue state = resource.create(planned(first, "20s"), null, op);
    control.clearRequests();

    ObjectReader moved =
        ObjectReader.of(resource.update(state, withInstance(state, second), null, op));

    assertThat(diagnostics.hasErrors()).as("%s", diagnostics).isFalse();
    assertThat(moved.string("instance_id")).isEqualTo(second);
    assertThat(moved.string("instance_name")).isEqualTo("web-b");
    List<String> calls = control.requests().stream()
        .map(entry -> entry.get("method") + " " + entry.get("path"))
        .filter(call -> call.contains("/ips"))
        .toList();
    String ip = "/api/v1/ips/" + moved.string("id");
    assertThat(calls).containsSubsequence("DELETE " + ip + "/disassociate", "GET /api/v1/ips",
        "POST " + ip + "/associate");
  }

  @Test
  void update_addressReleasedMeanwhile_failsAndDropsIt() {
    String first = launch("web-a");
    String second = launch("web-b");
    CtyValue state = resource.create(planned(first, "20s"), null, op);
    control.delete("ips", ObjectReader.of(state).string("id"));

    CtyValue after = resource.update(state, withInstance(state, second), null, op);

    assertThat(after).isNull();
    assertThat(onlyError().summary()).contains("no longer exists");
  }

  @Test
  void read_instanceIdUnsetAndAssociatedElsewhere_leavesTheAssociationAlone() {
    String web = launch("web-a");
    CtyValue state = resource.create(planned(null, "20s"), null, op);
    connections.get().client().publicIps()
        .associate(SCOPE, ObjectReader.of(state).string("id"), web);

    ObjectReader read = ObjectReader.of(resource.read(state, op));

    assertThat(read.isNull("instance_id")).isTrue();
    assertThat(read.string("instance_name")).isEqualTo("web-a");
    assertThat(read.string("status")).isEqualTo("ACTIVE");
  }

  @Test
  void read_importedAssociatedAddress_leavesInstanceIdNullAndShowsTheName() {
    String web = launch("web-a");
    String id = associatedAddress(web);

    ObjectReader read =
        ObjectReader.of(resource.read(resource.importState(id, op), op));

    assertThat(diagnostics.hasErrors()).as("%s", diagnostics).isFalse();
    assertThat(read.string("id")).isEqualTo(id);
    assertThat(read.isNull("instance_id")).isTrue();
    assertThat(read.string("instance_name")).isEqualTo("web-a");
  }

  @Test
  void update_importedAddressAlreadyAtTheInstance_recordsItWithoutCallingTheApi() {
    String web = launch("web-a");
    CtyValue imported = resource.read(resource.importState(associatedAddress(web), op), op);
    control.clearRequests();

    ObjectReader updated = ObjectReader.of(resource.update(imported,
        withInstance(imported, web), null, op));

    assertThat(diagnostics.hasErrors()).as("%s", diagnostics).isFalse();
    assertThat(updated.string("instance_id")).isEqualTo(web);
    assertThat(control.requests().stream().map(entry -> entry.get("method")))
        .containsOnly("GET");
  }

  @Test
  void delete_disassociateAnswersNotFound_stillReleasesTheAddress() {
    String web = launch("web-a");
    CtyValue state = resource.create(planned(web, "20s"), null, op);
    control.addFault(FaultRule.on("DELETE", "/api/v1/ips/*/disassociate").status(404)
        .body(Map.of("error", "ip x not found")).build());

    resource.delete(state, op);

    assertThat(diagnostics.hasErrors()).as("%s", diagnostics).isFalse();
    assertThat(control.objects("ips")).isEmpty();
    assertThat(control.requests("DELETE", "/api/v1/ips/*")).hasSize(1);
  }

  /** An address allocated and associated outside Terraform; answers its id. */
  private static String associatedAddress(String instanceId) {
    var ips = connections.get().client().publicIps();
    String id = ips.allocate(SCOPE).id();
    ips.associate(SCOPE, id, instanceId);
    return id;
  }

  /** {@code state} with {@code instance_id} set to {@code instanceId}: a move's planned value. */
  private static CtyValue withInstance(CtyValue state, String instanceId) {
    return ((CtyValue.ObjectVal) state).with("instance_id", CtyValue.string(instanceId));
  }

  private static CtyValue planned(String instanceId, String createTimeout) {
    CtyValue timeouts = object(IP.block("timeouts").orElseThrow().block(),
        "create", createTimeout);
    CtyValue instance =
        instanceId == null ? CtyValue.nullOf(CtyType.STRING) : CtyValue.string(instanceId);
    return object(IP, "id", CtyValue.unknown(CtyType.STRING), "instance_id", instance,
        "project", SCOPE.project(), "region", SCOPE.region(), "timeouts", timeouts);
  }

  private static String launch(String name) {
    return connections.get().client().instances().launch(new LaunchRequest(SCOPE, name,
        "m1.advanced", "CPU-Ubuntu.22.04", "Launch-Passw0rd", null, null));
  }

  private static void awaitFaultFired() throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      List<Map<String, Object>> faults = control.faults();
      if (((Number) faults.getFirst().get("fired")).intValue() > 0) {
        return;
      }
      Thread.sleep(25);
    }
    throw new AssertionError("the fault never fired: " + control.faults());
  }

  private Diagnostic onlyError() {
    assertThat(diagnostics.list()).as("%s", diagnostics).hasSize(1);
    Diagnostic diagnostic = diagnostics.list().getFirst();
    assertThat(diagnostic.isError()).isTrue();
    return diagnostic;
  }
}
