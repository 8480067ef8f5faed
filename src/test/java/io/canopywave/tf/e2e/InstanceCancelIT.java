package io.canopywave.tf.e2e;

import static io.canopywave.tf.e2e.InstanceIT.ADDRESS;
import static io.canopywave.tf.e2e.InstanceIT.instance;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.canopywave.tf.e2e.support.CommandResult;
import io.canopywave.tf.e2e.support.RunningCommand;
import io.canopywave.tf.e2e.support.SimulatedCloud;
import io.canopywave.tf.e2e.support.StateJson;
import io.canopywave.tf.e2e.support.TofuWorkspace;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Ctrl-C during a create: the launched instance is kept in the state, not orphaned. */
class InstanceCancelIT {
  @RegisterExtension
  static final SimulatedCloud CLOUD = new SimulatedCloud();

  private static final String LAUNCH = "/api/v1/instance-operations/launch";
  private static final String TERMINATE = "/api/v1/instance-operations/terminate";
  private static final Duration LAUNCH_LIMIT = Duration.ofMinutes(3);

  @Test
  void interruptWhileBuilding_stateKeepsTheTaintedInstanceAndDestroyTerminatesIt()
      throws InterruptedException {
    CLOUD.control().config(Map.of("stuck_in_build", true));
    TofuWorkspace workspace = CLOUD.initialized("instance-cancel", instance(""));

    RunningCommand apply = workspace.start("apply", "-auto-approve", "-no-color");
    awaitBuildingInstancePolled(apply);
    apply.interrupt();
    CommandResult result = apply.await(Duration.ofMinutes(2));

    String id = (String) CLOUD.onlyObject("instances").get("id");
    assertThat(CLOUD.paths("POST", LAUNCH)).hasSize(1);
    assertThat(result.exitCode()).as(result.describe()).isEqualTo(1);
    assertThat(result.stderrUnwrapped())
        .contains("Cancelled after creating the instance \"web\" (id " + id + ")", "tainted");
    JsonNode resource = StateJson.resource(workspace.showJson(), ADDRESS);
    assertThat(resource.path("tainted").asBoolean()).as("tainted: %s", resource).isTrue();
    assertThat(resource.path("values").path("id").asText()).isEqualTo(id);
    assertThat(resource.path("values").path("status").asText()).isEqualTo("build");

    workspace.destroy();
    assertThat(CLOUD.bodyFields("POST", TERMINATE, "id")).containsExactly(id);
    assertThat(CLOUD.objects("instances")).isEmpty();
  }

  /**
   * Until the simulator logged the launch and then a read of the new instance: the provider
   * has the id by then and is waiting for the build, so the interrupt does not race the
   * launch's answer (an interrupt that cuts off the launch itself is a known limitation).
   */
  private static void awaitBuildingInstancePolled(RunningCommand apply)
      throws InterruptedException {
    long deadline = System.nanoTime() + LAUNCH_LIMIT.toNanos();
    while (System.nanoTime() < deadline && apply.isAlive()) {
      if (!CLOUD.paths("POST", LAUNCH).isEmpty()
          && !CLOUD.paths("GET", "/api/v1/instances/*").isEmpty()) {
        return;
      }
      Thread.sleep(100);
    }
    CommandResult early = apply.await(Duration.ofSeconds(30));
    throw new AssertionError("the apply never polled a launched instance: " + early.describe());
  }
}
