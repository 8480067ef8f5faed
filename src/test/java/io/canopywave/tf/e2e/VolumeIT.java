package io.canopywave.tf.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.canopywave.tf.api.model.NewVolume;
import io.canopywave.tf.e2e.support.CommandResult;
import io.canopywave.tf.e2e.support.SimulatedCloud;
import io.canopywave.tf.e2e.support.StateJson;
import io.canopywave.tf.e2e.support.TofuWorkspace;
import io.canopywave.tf.simulator.FaultRule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code canopywave_volume} end to end: the real tofu, the packaged provider, the simulator. */
class VolumeIT {
  @RegisterExtension
  static final SimulatedCloud CLOUD = new SimulatedCloud();

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
    return StateJson.values(workspace.showJson(), ADDRESS).path("id").asText();
  }

  @Test
  void lifecycle_newVolumeUnlistedForThreeReads_createsCleanlyReplacesOnSizeAndDestroys() {
    CLOUD.control().config(Map.of("invisible_reads", 3));
    TofuWorkspace workspace = CLOUD.initialized("volume-lifecycle", volume(10, ""));

    workspace.apply();

    JsonNode values = StateJson.values(workspace.showJson(), ADDRESS);
    List<Map<String, Object>> volumes = CLOUD.control().objects("volumes");
    assertThat(volumes).singleElement().satisfies(v -> {
      assertThat(v).containsEntry("id", values.path("id").asText())
          .containsEntry("name", "data").containsEntry("type", "hdd");
      assertThat(((Number) v.get("size")).longValue()).isEqualTo(10);
    });
    assertThat(values.path("type").asText()).isEqualTo("hdd");
    assertThat(values.path("size").asLong()).isEqualTo(10);
    assertThat(values.path("status").asText()).isEqualTo("available");
    assertThat(values.path("project").asText()).isEqualTo(SimulatedCloud.PROJECT);
    assertThat(values.path("region").asText()).isEqualTo(SimulatedCloud.REGION);
    assertThat(CLOUD.control().requests("GET", "/api/v1/volumes")).hasSizeGreaterThan(3);
    assertThat(workspace.planExitCode()).isZero();

    workspace.write("main.tf", volume(20, ""));
    JsonNode change = StateJson.change(workspace.planJson(), ADDRESS);
    assertThat(StateJson.actions(change)).containsExactly("delete", "create");
    assertThat(StateJson.replacePaths(change)).containsExactly("size");

    workspace.destroy();
    assertThat(CLOUD.control().objects("volumes")).isEmpty();
  }

  @Test
  void importBlock_scopedId_adoptsTheVolumeAndPlansClean() {
    String id = CLOUD.api().volumes()
        .create(new NewVolume(SimulatedCloud.SCOPE, "data", "ssd", 30));
    TofuWorkspace workspace = CLOUD.initialized("volume-import", """
        import {
          to = canopywave_volume.data
          id = "%s/%s/%s"
        }
        %s
        """.formatted(SimulatedCloud.PROJECT, SimulatedCloud.REGION, id,
        volume(30, "type = \"ssd\"")));

    workspace.apply();

    assertThat(stateId(workspace)).isEqualTo(id);
    assertThat(workspace.planExitCode()).isZero();
    assertThat(CLOUD.control().requests("POST", "/api/v1/volumes")).hasSize(1);
  }

  @Test
  void typeAttribute_emptyThenSet_emptyIsRefusedAndSetPlansClean() {
    TofuWorkspace workspace = CLOUD.initialized("volume-type", volume(10, "type = \"\""));

    CommandResult empty = workspace.run("validate", "-no-color");

    assertThat(empty.exitCode()).as(empty.describe()).isEqualTo(1);
    assertThat(empty.stderr()).contains("`type` must be one of `hdd`, `ssd`");

    workspace.write("main.tf", volume(10, "type = \"ssd\""));
    workspace.apply();
    assertThat(CLOUD.control().objects("volumes")).singleElement()
        .satisfies(v -> assertThat(v).containsEntry("type", "ssd"));
    assertThat(workspace.planExitCode()).isZero();
  }

  @Test
  void destroy_volumeInUseForTwoAttempts_retriesWithinTheDeleteTimeout() {
    TofuWorkspace workspace = CLOUD.initialized("volume-in-use",
        volume(10, "timeouts {\n    delete = \"1m\"\n  }"));
    workspace.apply();
    CLOUD.control().addFault(FaultRule.on("DELETE", "/api/v1/volumes/*").status(409)
        .body(Map.of("error", "volume is in use")).times(2).build());

    workspace.destroy();

    assertThat(CLOUD.control().objects("volumes")).isEmpty();
    assertThat(CLOUD.control().requests("DELETE", "/api/v1/volumes/*")).hasSize(3);
  }
}
