package io.canopywave.tf.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.canopywave.tf.api.CanopyWaveClient;
import io.canopywave.tf.api.model.NewVolume;
import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.e2e.support.CommandResult;
import io.canopywave.tf.e2e.support.SimulatorFixture;
import io.canopywave.tf.e2e.support.TofuPlan;
import io.canopywave.tf.e2e.support.TofuState;
import io.canopywave.tf.e2e.support.TofuWorkspace;
import io.canopywave.tf.simulator.FaultRule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code canopywave_volume} end to end: the real tofu, the packaged provider, the simulator. */
class VolumeIT {
  @RegisterExtension
  static final SimulatorFixture SIM = SimulatorFixture.defaults();

  private static final String TYPE = "canopywave_volume";
  private static final String ADDRESS = "canopywave_volume.data";

  /** A volume "data" of {@code size} GB, with extra lines inside the resource block. */
  private static String volume(int size, String extra) {
    return """
        resource "canopywave_volume" "data" {
          name = "data"
          size = %d
          %s
        }
        """.formatted(size, extra);
  }

  private static String stateId(TofuWorkspace workspace) {
    return TofuState.values(workspace.showJson(), TYPE).path("id").asText();
  }

  @Test
  void lifecycle_newVolumeUnlistedForThreeReads_createsCleanlyReplacesOnSizeAndDestroys() {
    SIM.control().config(Map.of("invisible_reads", 3));
    TofuWorkspace workspace = SIM.workspace("volume-lifecycle", volume(10, ""));

    workspace.runOk("apply", "-auto-approve", "-no-color");

    JsonNode values = TofuState.values(workspace.showJson(), TYPE);
    List<Map<String, Object>> volumes = SIM.control().objects("volumes");
    assertThat(volumes).singleElement().satisfies(v -> {
      assertThat(v).containsEntry("id", values.path("id").asText())
          .containsEntry("name", "data").containsEntry("type", "hdd");
      assertThat(((Number) v.get("size")).longValue()).isEqualTo(10);
    });
    assertThat(values.path("type").asText()).isEqualTo("hdd");
    assertThat(values.path("size").asLong()).isEqualTo(10);
    assertThat(values.path("status").asText()).isEqualTo("available");
    assertThat(values.path("project").asText()).isEqualTo(SimulatorFixture.PROJECT);
    assertThat(values.path("region").asText()).isEqualTo(SimulatorFixture.REGION);
    assertThat(SIM.control().requests("GET", "/api/v1/volumes")).hasSizeGreaterThan(3);
    assertThat(workspace.planExitCode()).isZero();

    workspace.write("main.tf", volume(20, ""));
    workspace.runOk("plan", "-out=replace.tfplan", "-no-color");
    JsonNode plan = workspace.showJson("replace.tfplan");
    assertThat(TofuPlan.actions(plan, ADDRESS)).containsExactly("delete", "create");
    assertThat(TofuPlan.replacePaths(plan, ADDRESS)).containsExactly("size");

    workspace.runOk("destroy", "-auto-approve", "-no-color");
    assertThat(SIM.control().objects("volumes")).isEmpty();
  }

  @Test
  void importBlock_scopedId_adoptsTheVolumeAndPlansClean() {
    String id;
    try (CanopyWaveClient client = SIM.apiClient()) {
      id = client.volumes().create(new NewVolume(
          new Scope(SimulatorFixture.PROJECT, SimulatorFixture.REGION), "data", "ssd", 30));
    }
    TofuWorkspace workspace = SIM.workspace("volume-import", """
        import {
          to = canopywave_volume.data
          id = "%s/%s/%s"
        }
        %s
        """.formatted(SimulatorFixture.PROJECT, SimulatorFixture.REGION, id,
        volume(30, "type = \"ssd\"")));

    workspace.runOk("apply", "-auto-approve", "-no-color");

    assertThat(stateId(workspace)).isEqualTo(id);
    assertThat(workspace.planExitCode()).isZero();
    assertThat(SIM.control().requests("POST", "/api/v1/volumes")).hasSize(1);
  }

  @Test
  void typeAttribute_emptyThenSet_emptyIsRefusedAndSetPlansClean() {
    TofuWorkspace workspace = SIM.workspace("volume-type", volume(10, "type = \"\""));

    CommandResult empty = workspace.run("validate", "-no-color");

    assertThat(empty.exitCode()).as(empty.describe()).isEqualTo(1);
    assertThat(empty.stderr()).contains("`type` must be one of `hdd`, `ssd`");

    workspace.write("main.tf", volume(10, "type = \"ssd\""));
    workspace.runOk("apply", "-auto-approve", "-no-color");
    assertThat(SIM.control().objects("volumes")).singleElement()
        .satisfies(v -> assertThat(v).containsEntry("type", "ssd"));
    assertThat(workspace.planExitCode()).isZero();
  }

  @Test
  void destroy_volumeInUseForTwoAttempts_retriesWithinTheDeleteTimeout() {
    TofuWorkspace workspace = SIM.workspace("volume-in-use",
        volume(10, "timeouts {\n    delete = \"1m\"\n  }"));
    workspace.runOk("apply", "-auto-approve", "-no-color");
    SIM.control().addFault(FaultRule.on("DELETE", "/api/v1/volumes/*").status(409)
        .body(Map.of("error", "volume is in use")).times(2).build());

    workspace.runOk("destroy", "-auto-approve", "-no-color");

    assertThat(SIM.control().objects("volumes")).isEmpty();
    assertThat(SIM.control().requests("DELETE", "/api/v1/volumes/*")).hasSize(3);
  }
}
