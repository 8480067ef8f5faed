package io.canopywave.tf.e2e;

import static io.canopywave.tf.e2e.support.ChangeAssert.assertReplacedBy;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.canopywave.tf.api.model.NewVolume;
import io.canopywave.tf.e2e.support.CommandResult;
import io.canopywave.tf.e2e.support.Hcl;
import io.canopywave.tf.e2e.support.SimulatedCloud;
import io.canopywave.tf.e2e.support.TofuWorkspace;
import io.canopywave.tf.simulator.FaultRule;
import java.util.ArrayList;
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
  private static String volume(int size, String... extra) {
    List<String> lines = new ArrayList<>(List.of(Hcl.quoted("name", "data"), "size = " + size));
    lines.addAll(List.of(extra));
    return Hcl.resource("canopywave_volume", "data", lines.toArray(String[]::new));
  }

  @Test
  void lifecycle_newVolumeUnlistedForThreeReads_createsCleanlyReplacesOnSizeAndDestroys() {
    CLOUD.hideNewObjectsForReads(3);
    TofuWorkspace workspace = CLOUD.applied("volume-lifecycle", volume(10));

    JsonNode values = workspace.stateValues(ADDRESS);
    List<Map<String, Object>> volumes = CLOUD.objects("volumes");
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
    assertThat(CLOUD.paths("GET", "/api/v1/volumes")).hasSizeGreaterThan(3);
    assertThat(workspace.planExitCode()).isZero();

    assertReplacedBy(workspace.replan(volume(20), ADDRESS), "size");
    workspace.destroy();
    assertThat(CLOUD.objects("volumes")).isEmpty();
  }

  @Test
  void importBlock_scopedId_adoptsTheVolumeAndPlansClean() {
    String id = CLOUD.api().volumes()
        .create(new NewVolume(SimulatedCloud.SCOPE, "data", "ssd", 30));

    TofuWorkspace workspace = CLOUD.appliedImport("volume-import", ADDRESS,
        SimulatedCloud.scopedId(id), volume(30, Hcl.quoted("type", "ssd")));

    assertThat(workspace.stateValues(ADDRESS).path("id").asText()).isEqualTo(id);
    assertThat(workspace.planExitCode()).isZero();
    assertThat(CLOUD.writes()).isEmpty();
  }

  @Test
  void typeAttribute_emptyThenSet_emptyIsRefusedAndSetPlansClean() {
    TofuWorkspace workspace = CLOUD.initialized("volume-type", volume(10, Hcl.quoted("type", "")));

    CommandResult empty = workspace.run("validate", "-no-color");

    assertThat(empty.exitCode()).as(empty.describe()).isEqualTo(1);
    assertThat(empty.stderr()).contains("`type` must be one of `hdd`, `ssd`");

    workspace.write("main.tf", volume(10, Hcl.quoted("type", "ssd")));
    workspace.apply();
    assertThat(CLOUD.objects("volumes")).singleElement()
        .satisfies(v -> assertThat(v).containsEntry("type", "ssd"));
    assertThat(workspace.planExitCode()).isZero();
  }

  @Test
  void destroy_volumeInUseForTwoAttempts_retriesWithinTheDeleteTimeout() {
    TofuWorkspace workspace = CLOUD.applied("volume-in-use",
        volume(10, "timeouts {", "  " + Hcl.quoted("delete", "1m"), "}"));
    CLOUD.control().addFault(FaultRule.on("DELETE", "/api/v1/volumes/*").status(409)
        .body(Map.of("error", "volume is in use")).times(2).build());

    workspace.destroy();

    assertThat(CLOUD.objects("volumes")).isEmpty();
    assertThat(CLOUD.paths("DELETE", "/api/v1/volumes/*")).hasSize(3);
  }
}
