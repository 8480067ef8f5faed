package io.canopywave.tf.e2e;

import static io.canopywave.tf.e2e.InstanceIT.ADDRESS;
import static io.canopywave.tf.e2e.InstanceIT.instance;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.canopywave.tf.e2e.support.CommandResult;
import io.canopywave.tf.e2e.support.SimulatedCloud;
import io.canopywave.tf.e2e.support.StateJson;
import io.canopywave.tf.e2e.support.TofuWorkspace;
import io.canopywave.tf.simulator.FaultRule;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What goes wrong after a launch and on destroy: F01, F02, F06, F07. */
class InstanceFailuresIT {
  @RegisterExtension
  static final SimulatedCloud CLOUD = new SimulatedCloud();

  private static final String TERMINATE = "/api/v1/instance-operations/terminate";

  /** Two instances, "web" and "api". */
  private static final String TWO_INSTANCES =
      instance("") + instance("").replace("\"web\"", "\"api\"");

  private static JsonNode webInState(TofuWorkspace workspace) {
    return StateJson.resource(workspace.showJson(), ADDRESS);
  }

  private static long seq(Map<String, Object> logged) {
    return ((Number) logged.get("seq")).longValue();
  }

  private static String remoteId() {
    return (String) CLOUD.onlyObject("instances").get("id");
  }

  /** F01: launched, then the wait times out; the instance is kept, tainted, and destroyed. */
  @Test
  void stuckInBuild_applyFailsNamingTheTimeoutAndDestroyTerminatesThatId() {
    CLOUD.control().config(Map.of("stuck_in_build", true));
    TofuWorkspace workspace = CLOUD.initialized("instance-stuck",
        instance("timeouts {\n    create = \"15s\"\n  }"));

    CommandResult apply = workspace.run("apply", "-auto-approve", "-no-color");

    String id = remoteId();
    assertThat(apply.exitCode()).as(apply.describe()).isEqualTo(1);
    assertThat(apply.stderrUnwrapped())
        .contains("Instance not active in time", "\"web\"", id, "15s");
    JsonNode resource = webInState(workspace);
    assertThat(resource.path("tainted").asBoolean()).as("tainted: %s", resource).isTrue();
    assertThat(resource.path("values").path("id").asText()).isEqualTo(id);

    workspace.destroy();
    assertThat(CLOUD.bodyFields("POST", TERMINATE, "id")).containsExactly(id);
    assertThat(CLOUD.objects("instances")).isEmpty();
  }

  /** F02: the build ends in error: a fast failure, a tainted instance, then a replacement. */
  @Test
  void errorDuringCreate_failsFastTaintedAndTheNextPlanReplaces() {
    CLOUD.control().config(Map.of("build_result", "ERROR"));
    TofuWorkspace workspace = CLOUD.initialized("instance-error", instance(""));
    long started = System.nanoTime();

    CommandResult apply = workspace.run("apply", "-auto-approve", "-no-color");

    // Well before the default create timeout of 30 minutes, however loaded the machine is.
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMinutes(3));
    assertThat(apply.exitCode()).as(apply.describe()).isEqualTo(1);
    assertThat(apply.stderrUnwrapped()).contains("Instance failed to start", "status error",
        remoteId());
    JsonNode resource = webInState(workspace);
    assertThat(resource.path("tainted").asBoolean()).as("tainted: %s", resource).isTrue();
    assertThat(resource.path("values").path("status").asText()).isEqualTo("error");
    CLOUD.control().config(Map.of("build_result", "ACTIVE"));
    JsonNode change = StateJson.change(workspace.planJson(), ADDRESS);
    assertThat(StateJson.actions(change)).containsExactly("delete", "create");
  }

  /** F06: terminate answers 404, or a "not found" error body; destroy succeeds both times. */
  @Test
  void destroy_terminateAnswersNotFound_succeeds() {
    TofuWorkspace workspace = CLOUD.initialized("instance-404", TWO_INSTANCES);
    workspace.apply();
    CLOUD.control().addFault(FaultRule.on("POST", TERMINATE).status(404).times(1).build());
    CLOUD.control().addFault(FaultRule.on("POST", TERMINATE).status(400)
        .body(Map.of("error", "instance 0952989f not found")).times(1).build());

    workspace.destroy();

    assertThat(StateJson.addresses(workspace.showJson())).isEmpty();
    assertThat(CLOUD.control().faults())
        .allSatisfy(f -> assertThat(((Number) f.get("fired")).intValue()).isOne());
    assertThat(CLOUD.control().requests("POST", TERMINATE)).hasSize(2);
  }

  /**
   * F07: terminated instances stay listed with a terminal status for ten seconds; a refresh
   * takes such a status as gone, and destroy ends without waiting for the listing to go.
   */
  @Test
  void terminatedButStillListed_destroyCompletesAndATerminalStatusIsGone() {
    CLOUD.control().config(Map.of("linger_seconds", 10));
    TofuWorkspace workspace = CLOUD.initialized("instance-linger", TWO_INSTANCES);
    workspace.apply();
    String web = StateJson.values(workspace.showJson(), ADDRESS).path("id").asText();
    String api = StateJson.values(workspace.showJson(), "canopywave_instance.api").path("id")
        .asText();
    CLOUD.control().patch("instances", api, Map.of("status", "SOFT_DELETED"));

    JsonNode plan = workspace.planJson();
    assertThat(StateJson.actions(StateJson.change(plan, "canopywave_instance.api")))
        .containsExactly("create");
    CLOUD.control().clearRequests();
    workspace.destroy();

    assertThat(StateJson.addresses(workspace.showJson())).isEmpty();
    assertThat(CLOUD.bodyFields("POST", TERMINATE, "id")).containsExactly(web);
    // Every read of web after its terminate found it, listed as deleted: the destroy took that
    // terminal status as gone rather than waiting for the listing to end.
    long terminated = seq(CLOUD.control().requests("POST", TERMINATE).getFirst());
    assertThat(CLOUD.control().requests("GET", "/api/v1/instances/" + web).stream()
        .filter(read -> seq(read) > terminated).toList())
        .as("reads of web after its terminate").isNotEmpty()
        .allSatisfy(read -> assertThat(((Number) read.get("status")).intValue()).isEqualTo(200));
  }
}
