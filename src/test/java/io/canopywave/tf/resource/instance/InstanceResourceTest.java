package io.canopywave.tf.resource.instance;

import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.api.CanopyWaveClient;
import io.canopywave.tf.api.ClientSettings;
import io.canopywave.tf.api.Sleeper;
import io.canopywave.tf.api.Waiter;
import io.canopywave.tf.cancel.Cancellation;
import io.canopywave.tf.plan.BlockValues;
import io.canopywave.tf.plan.CoreProposal;
import io.canopywave.tf.plan.PlanEngine;
import io.canopywave.tf.plan.PlanRules;
import io.canopywave.tf.plan.Timeouts;
import io.canopywave.tf.resource.common.TestConnections;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.schema.Diagnostic;
import io.canopywave.tf.schema.Diagnostics;
import io.canopywave.tf.schema.Schema;
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
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The resource's operations against the embedded simulator, without tofu. */
class InstanceResourceTest {
  private static final Schema SCHEMA = InstanceSchema.schema();
  private static final Block BLOCK = SCHEMA.block();
  private static final String PROJECT = "bob@example.com";
  private static final String PASSWORD = "Pa55-w0rd-never-shown";
  private static final String LAUNCH = "/api/v1/instance-operations/launch";

  private static Simulator simulator;
  private static SimulatorControl control;

  private final Cancellation cancellation = new Cancellation();
  private final CanopyWaveClient client = new CanopyWaveClient(ClientSettings.builder()
      .baseUrl(simulator.baseUrl())
      .apiKey(simulator.apiKey())
      .requestsPerSecond(500)
      .burst(50)
      .retryBaseDelay(Duration.ofMillis(5))
      .retryMaxDelay(Duration.ofMillis(20))
      .cancellation(cancellation)
      .build());
  private final InstanceResource resource = new InstanceResource(
      TestConnections.configured(client, PROJECT, "sequoia"),
      c -> new Waiter(new Waiter.Policy(Duration.ofMillis(20), 1.5, Duration.ofMillis(100), 0),
          System::nanoTime, Sleeper.of(cancellation), () -> 0.5));
  private final Diagnostics diagnostics = new Diagnostics();
  private final Operation op =
      new Operation(diagnostics, ClientCapabilities.NONE, cancellation);

  @BeforeAll
  static void startSimulator() {
    simulator = Simulator.start(SimulatorOptions.defaults().withBuildSeconds(0.2));
    control = simulator.control();
  }

  @AfterAll
  static void stopSimulator() {
    simulator.close();
  }

  @BeforeEach
  void resetSimulator() {
    control.reset();
  }

  private static CtyValue.ObjectVal config(Object... more) {
    return BlockValues.with(BlockValues.object(BLOCK, "name", "web", "flavor", "H100-4",
        "image", "GPU-Ubuntu.22.04", "password", PASSWORD), more);
  }

  private static CtyValue timeouts(String create) {
    Block inner = BLOCK.block(Timeouts.BLOCK_NAME).orElseThrow().block();
    return BlockValues.object(inner, "create", create);
  }

  /** Plans {@code config} as a create, as the client would, and checks the plan. */
  private CtyValue planCreate(CtyValue config) {
    CtyValue none = CtyValue.nullOf(SCHEMA.impliedType());
    var result = PlanEngine.plan(resource, none,
        CoreProposal.proposedNew(SCHEMA, none, config), config, op);
    PlanRules.assertValidPlan(SCHEMA, none, config, result);
    return result.planned();
  }

  private CtyValue create(CtyValue config) {
    return resource.create(planCreate(config), config, op);
  }

  private List<Map<String, Object>> launches() {
    return control.requests("POST", LAUNCH);
  }

  private Map<String, Object> onlyInstance() {
    return control.objects("instances").getFirst();
  }

  private static ObjectReader read(CtyValue state) {
    return ObjectReader.of(state);
  }

  @Test
  void create_launchesOnceAndWaitsActive_stateHasEveryComputedValue() {
    CtyValue planned = planCreate(config());

    CtyValue state = resource.create(planned, config(), op);

    assertThat(diagnostics.list()).isEmpty();
    assertThat(PlanRules.applyViolations(SCHEMA, planned, state)).isEmpty();
    assertThat(read(state).string("id")).isEqualTo(onlyInstance().get("id"));
    assertThat(read(state).string("status")).isEqualTo("active");
    assertThat(read(state).string("project")).isEqualTo(PROJECT);
    assertThat(read(state).string("flavor_name")).isEqualTo("4x H100 (80 GB SXM5)");
    assertThat(read(state).strings("private_ips")).hasSize(1);
    assertThat(read(state).string("launched_at")).isNotNull();
    assertThat(launches()).singleElement().satisfies(launch -> {
      assertThat(launch.get("body")).asString().doesNotContain(PASSWORD);
      @SuppressWarnings("unchecked")
      Map<String, Object> body = (Map<String, Object>) launch.get("body");
      assertThat(body).containsEntry("password", "***")
          .containsEntry("flavor", "H100-4").containsEntry("is_monitoring", false);
    });
  }

  @Test
  void create_writeOnlyPassword_isSentAndNotInTheState() {
    CtyValue config = config("password", CtyValue.nullOf(CtyType.STRING),
        "password_wo", "wo-" + PASSWORD);

    CtyValue state = create(config);

    assertThat(diagnostics.list()).isEmpty();
    assertThat(read(state).isNull("password_wo")).isTrue();
    assertThat(read(state).isNull("password")).isTrue();
    assertThat(launches()).hasSize(1);
  }

  @Test
  void create_buildEndsInError_failsFastKeepingTheId() {
    control.config(Map.of("build_result", "ERROR", "build_seconds", 0.3));
    long started = System.nanoTime();

    CtyValue state = create(config("timeouts", timeouts("5m")));

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
    assertThat(read(state).string("id")).isEqualTo(onlyInstance().get("id"));
    assertThat(read(state).string("status")).isEqualTo("error");
    assertThat(diagnostics.list()).singleElement().satisfies(d -> {
      assertThat(d.isError()).isTrue();
      assertThat(d.detail()).contains("status error", (String) onlyInstance().get("id"),
          "tainted");
    });
  }

  @Test
  void create_stuckInBuild_timesOutNamingTheInstanceIdAndTimeout() {
    control.config(Map.of("stuck_in_build", true));

    CtyValue state = create(config("timeouts", timeouts("1s")));

    String id = (String) onlyInstance().get("id");
    assertThat(read(state).string("id")).isEqualTo(id);
    assertThat(read(state).string("status")).isEqualTo("build");
    assertThat(diagnostics.list()).singleElement().satisfies(d -> {
      assertThat(d.summary()).isEqualTo("Instance not active in time");
      assertThat(d.detail()).contains("\"web\"", id, "1s", "timeouts.create");
    });
  }

  @Test
  void create_cancelledWhileBuilding_returnsTheLaunchedInstanceWithAnError() throws Exception {
    control.config(Map.of("stuck_in_build", true));
    CtyValue planned = planCreate(config("timeouts", timeouts("10m")));

    CompletableFuture<CtyValue> created =
        CompletableFuture.supplyAsync(() -> resource.create(planned, config(), op));
    awaitBuildPolled();
    cancellation.cancel();
    CtyValue state = created.get(20, TimeUnit.SECONDS);

    String id = (String) onlyInstance().get("id");
    assertThat(read(state).string("id")).isEqualTo(id);
    assertThat(read(state).string("name")).isEqualTo("web");
    assertThat(read(state).string("status")).isEqualTo("build");
    assertThat(PlanRules.applyViolations(SCHEMA, planned, state)).isEmpty();
    assertThat(launches()).hasSize(1);
    assertThat(diagnostics.list()).singleElement().satisfies(d -> {
      assertThat(d.isError()).isTrue();
      assertThat(d.summary()).isEqualTo("Cancelled after creating the instance \"web\" (id "
          + id + ")");
      assertThat(d.detail()).contains("recorded in the state", "tainted", "tofu destroy");
    });
  }

  /** Until the create has launched and read the building instance at least once. */
  private void awaitBuildPolled() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (control.requests("GET", "/api/v1/instances/*").isEmpty()
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(launches()).hasSize(1);
  }

  @Test
  void create_cancelledDuringTheLaunch_noStateAndTheErrorSaysToLookForIt() throws Exception {
    control.addFault(FaultRule.on("POST", LAUNCH).delayMs(3000).times(1).build());
    CtyValue planned = planCreate(config());

    CompletableFuture<CtyValue> created =
        CompletableFuture.supplyAsync(() -> resource.create(planned, config(), op));
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    // The simulator logs a request once answered: the fault's count shows it arrived.
    while (((Number) control.faults().getFirst().get("fired")).intValue() == 0
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    cancellation.cancel();
    CtyValue state = created.get(20, TimeUnit.SECONDS);

    assertThat(state.isNull()).isTrue();
    assertThat(diagnostics.list()).singleElement().satisfies(d -> {
      assertThat(d.summary()).isEqualTo("Cancelled while launching instance \"web\"");
      assertThat(d.detail()).contains("instance named \"web\"",
          "'bob@example.com/sequoia/<id>'").doesNotContain(PASSWORD);
    });
  }

  @Test
  void create_absentFromTheFirstReads_waitsAndSucceeds() {
    control.config(Map.of("invisible_reads", 3));

    CtyValue state = create(config());

    assertThat(diagnostics.list()).isEmpty();
    assertThat(read(state).string("status")).isEqualTo("active");
  }

  @Test
  void create_launchAnswered504AfterLaunching_adoptsWithoutASecondLaunch() {
    control.addFault(FaultRule.on("POST", LAUNCH).status(504).after().times(1).build());

    CtyValue state = create(config());

    assertThat(diagnostics.list()).isEmpty();
    assertThat(read(state).string("id")).isEqualTo(onlyInstance().get("id"));
    assertThat(launches()).hasSize(1);
  }

  @Test
  void create_launchConnectionDroppedAfterLaunching_adopts() {
    control.addFault(FaultRule.on("POST", LAUNCH).drop().after().times(1).build());

    CtyValue state = create(config());

    assertThat(diagnostics.list()).isEmpty();
    assertThat(read(state).string("id")).isEqualTo(onlyInstance().get("id"));
    assertThat(launches()).hasSize(1);
  }

  @Test
  void create_noCapacity_oneLaunchNoStateAndTheApiQuoted() {
    control.addFault(FaultRule.on("POST", LAUNCH).status(400)
        .body(Map.of("error", "no capacity for H100-8 in sequoia")).build());

    CtyValue state = create(config("flavor", "H100-8"));

    assertThat(state.isNull()).isTrue();
    assertThat(launches()).hasSize(1);
    assertThat(diagnostics.list()).singleElement().satisfies(d -> {
      assertThat(d.isError()).isTrue();
      assertThat(d.detail()).contains("`H100-8`", "`sequoia`",
          "\"no capacity for H100-8 in sequoia\"").doesNotContain(PASSWORD);
    });
  }

  @Test
  void create_apiEchoesThePassword_diagnosticMasksIt() {
    control.addFault(FaultRule.on("POST", LAUNCH).status(400)
        .body(Map.of("error", "weak password " + PASSWORD)).build());

    create(config());

    assertThat(diagnostics.list()).singleElement().satisfies(d ->
        assertThat(d.detail()).contains("weak password ***").doesNotContain(PASSWORD));
  }

  @Test
  void plan_unknownFlavorAgainstTheSimulatorCatalogue_listsTheCodes() {
    planCreateExpectingErrors(config("flavor", "B200-1"));

    assertThat(diagnostics.list()).singleElement().satisfies(d -> {
      assertThat(d.path()).isEqualTo(AttributePath.of("flavor"));
      assertThat(d.detail()).contains("`H100-4`", "`H100-8`", "`H200-8`", "`m1.advanced`");
    });
  }

  private void planCreateExpectingErrors(CtyValue config) {
    CtyValue none = CtyValue.nullOf(SCHEMA.impliedType());
    PlanEngine.plan(resource, none, CoreProposal.proposedNew(SCHEMA, none, config), config, op);
  }

  @Test
  void plan_catalogue_isFetchedOncePerClient() {
    planCreate(config());
    planCreate(config("name", "web-2", "flavor", "m1.advanced", "image", "CPU-Ubuntu.24.04"));
    create(config());

    assertThat(control.requests("GET", "/api/v1/instance-types")).hasSize(1);
    assertThat(control.requests("GET", "/api/v1/images")).hasSize(1);
  }

  @Test
  void read_statusesNotModelled_areShownAsTheyAre() {
    CtyValue state = create(config());
    String id = read(state).string("id");

    for (String status : List.of("SHUTOFF", "RESCUE", "PAUSED", "Sleeping-Beauty")) {
      control.patch("instances", id, Map.of("status", status));
      assertThat(read(resource.read(state, op)).string("status"))
          .isEqualTo(status.toLowerCase(Locale.ROOT));
    }
    assertThat(diagnostics.list()).isEmpty();
  }

  @Test
  void read_terminalStatusOrAbsent_isGone() {
    control.config(Map.of("linger_seconds", 30));
    CtyValue state = create(config());
    String id = read(state).string("id");

    control.patch("instances", id, Map.of("status", "SOFT_DELETED"));
    assertThat(resource.read(state, op).isNull()).isTrue();
    control.delete("instances", id);
    assertThat(resource.read(state, op).isNull()).isTrue();
    assertThat(diagnostics.list()).isEmpty();
  }

  @Test
  void update_restartTriggersChanged_restartsOnceAndWaitsActive() {
    CtyValue config = config("restart_triggers", BlockValues.stringMap("v", "1"));
    CtyValue prior = create(config);
    CtyValue changed = config("restart_triggers", BlockValues.stringMap("v", "2"));
    var plan = PlanEngine.plan(resource, prior, CoreProposal.proposedNew(SCHEMA, prior, changed),
        changed, op);

    CtyValue state = resource.update(prior, plan.planned(), changed, op);

    assertThat(diagnostics.list()).isEmpty();
    assertThat(PlanRules.applyViolations(SCHEMA, plan.planned(), state)).isEmpty();
    assertThat(read(state).string("status")).isEqualTo("active");
    assertThat(read(state).stringMap("restart_triggers")).containsEntry("v", "2");
    assertThat(control.requests("POST", "/api/v1/instance-operations/restart")).hasSize(1);
  }

  @Test
  void delete_lingeringAsDeleted_endsWithoutWaitingForTheLinger() {
    control.config(Map.of("linger_seconds", 60));
    CtyValue state = create(config());
    long started = System.nanoTime();

    resource.delete(state, op);

    assertThat(diagnostics.list()).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
    assertThat(control.objects("instances")).singleElement()
        .satisfies(instance -> assertThat(instance.get("status")).isEqualTo("deleted"));
    assertThat(control.requests("POST", "/api/v1/instance-operations/terminate")).hasSize(1);
  }

  @Test
  void delete_alreadyGone_succeeds() {
    CtyValue state = create(config());
    control.delete("instances", read(state).string("id"));

    resource.delete(state, op);

    assertThat(diagnostics.list()).isEmpty();
  }

  @Test
  void delete_terminateAnswersNotFound_trustsItWithoutWaiting() {
    CtyValue state = create(config());
    control.addFault(FaultRule.on("POST", "/api/v1/instance-operations/terminate").status(404)
        .body(Map.of("error", "instance not found")).build());
    int detailsBefore = control.requests("GET", "/api/v1/instances/*").size();

    resource.delete(state, op);

    assertThat(diagnostics.list()).isEmpty();
    assertThat(control.requests("GET", "/api/v1/instances/*")).hasSize(detailsBefore);
  }

  @Test
  void importState_scopedOrBareId_thenReadFillsWhatTheApiReports() {
    CtyValue created = create(config("keypair", CtyValue.nullOf(CtyType.STRING),
        "is_monitoring", true));
    String id = read(created).string("id");

    CtyValue scoped = resource.importState(PROJECT + "/sequoia/" + id, op);
    CtyValue bare = resource.importState(id, op);
    CtyValue state = resource.read(scoped, op);

    assertThat(bare).isEqualTo(scoped);
    assertThat(read(state).string("name")).isEqualTo("web");
    assertThat(read(state).string("flavor")).isEqualTo("H100-4");
    assertThat(read(state).bool("is_monitoring")).isTrue();
    assertThat(read(state).isNull("image")).isTrue();
    assertThat(read(state).isNull("password")).isTrue();
    assertThat(diagnostics.list()).isEmpty();
  }

  @Test
  void importState_malformedId_errorNamingTheForms() {
    CtyValue state = resource.importState("a/b", op);

    assertThat(state.isNull()).isTrue();
    assertThat(diagnostics.list()).singleElement().extracting(Diagnostic::detail).asString()
        .contains("<project>/<region>/<id>");
  }

  @Test
  void validateConfig_passwords_exactlyOneRequired() {
    resource.validateConfig(config("password", CtyValue.nullOf(CtyType.STRING)), op);
    resource.validateConfig(config("password_wo", "other"), op);
    resource.validateConfig(config("password", CtyValue.unknown(CtyType.STRING)), op);
    resource.validateConfig(config(), op);

    assertThat(diagnostics.list()).extracting(Diagnostic::path).containsExactly(
        AttributePath.of("password"), AttributePath.of("password_wo"));
  }
}
