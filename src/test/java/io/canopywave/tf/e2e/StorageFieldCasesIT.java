package io.canopywave.tf.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.e2e.support.CommandResult;
import io.canopywave.tf.e2e.support.SimulatedCloud;
import io.canopywave.tf.e2e.support.StateJson;
import io.canopywave.tf.e2e.support.TofuWorkspace;
import io.canopywave.tf.simulator.FaultRule;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** F05 and F06 for the volume, file system and ssh key: the same promise for each kind. */
class StorageFieldCasesIT {
  @RegisterExtension
  static final SimulatedCloud CLOUD = new SimulatedCloud();

  private static final String ED25519 =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMy/6SeyjtenrEyUDS4b7LBMCphEOPQu1tcnWGE7keZe";

  /**
   * One resource kind: its type, a configuration of one object {@code it}, the simulator's kind
   * and the state attribute that is the simulator's id, and the path of its delete call.
   */
  record Kind(String type, String config, String simulatorKind, String simulatorId,
      String deletePath) {
    String address() {
      return type + ".it";
    }

    @Override
    public String toString() {
      return type;
    }
  }

  static Stream<Kind> kinds() {
    return Stream.of(
        new Kind("canopywave_volume", """
            resource "canopywave_volume" "it" {
              name = "data"
              size = 10
            }
            """, "volumes", "id", "/api/v1/volumes/*"),
        new Kind("canopywave_file_system", """
            resource "canopywave_file_system" "it" {
              name = "shared"
              size = 100
            }
            """, "file-systems", "id", "/api/v1/file-systems/*"),
        new Kind("canopywave_ssh_key", """
            resource "canopywave_ssh_key" "it" {
              name       = "deploy"
              public_key = "%s"
            }
            """.formatted(ED25519), "ssh-keys", "name", "/api/v1/ssh-keys/*"));
  }

  private static TofuWorkspace applied(Kind kind, String name) {
    TofuWorkspace workspace = CLOUD.initialized(name, kind.config());
    workspace.apply();
    return workspace;
  }

  private static String simulatorId(TofuWorkspace workspace, Kind kind) {
    return StateJson.values(workspace.showJson(), kind.address()).path(kind.simulatorId())
        .asText();
  }

  /** F05: deleted outside Terraform. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void deletedOutOfBand_planProposesCreateAndRefreshOnlyDropsIt(Kind kind) {
    TofuWorkspace workspace = applied(kind, "gone-" + kind.simulatorKind());
    CLOUD.control().delete(kind.simulatorKind(), simulatorId(workspace, kind));

    CommandResult plan = workspace.run("plan", "-detailed-exitcode", "-no-color");

    assertThat(plan.exitCode()).as(plan.describe()).isEqualTo(2);
    assertThat(plan.stdout()).contains(kind.address() + " will be created");
    workspace.runOk("apply", "-refresh-only", "-auto-approve", "-no-color");
    assertThat(StateJson.addresses(workspace.showJson())).isEmpty();
  }

  /** F06: the delete answers that the object is already gone. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void destroy_deleteAnswersNotFound_succeeds(Kind kind) {
    TofuWorkspace workspace = applied(kind, "not-found-" + kind.simulatorKind());
    String id = simulatorId(workspace, kind);
    CLOUD.control().addFault(FaultRule.on("DELETE", kind.deletePath()).status(404)
        .body(Map.of("error", kind.simulatorKind() + " " + id + " not found")).build());

    workspace.destroy();

    assertThat(StateJson.addresses(workspace.showJson())).isEmpty();
    assertThat(CLOUD.control().requests("DELETE", kind.deletePath())).hasSize(1);
  }
}
