package io.canopywave.tf.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.canopywave.tf.api.CanopyWaveClient;
import io.canopywave.tf.api.model.NewFileSystem;
import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.e2e.support.CommandResult;
import io.canopywave.tf.e2e.support.SimulatorFixture;
import io.canopywave.tf.e2e.support.TofuPlan;
import io.canopywave.tf.e2e.support.TofuState;
import io.canopywave.tf.e2e.support.TofuWorkspace;
import io.canopywave.tf.simulator.FaultRule;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code canopywave_file_system} end to end: real tofu, the packaged provider, the simulator. */
class FileSystemIT {
  @RegisterExtension
  static final SimulatorFixture SIM = SimulatorFixture.defaults();

  private static final String TYPE = "canopywave_file_system";
  private static final String ADDRESS = "canopywave_file_system.shared";

  private static String fileSystem(String name, int size) {
    return """
        resource "canopywave_file_system" "shared" {
          name = "%s"
          size = %d
        }
        """.formatted(name, size);
  }

  private static String stateId(TofuWorkspace workspace) {
    return TofuState.values(workspace.showJson(), TYPE).path("id").asText();
  }

  private static int planExitCode(TofuWorkspace workspace) {
    return workspace.run("plan", "-detailed-exitcode", "-no-color").exitCode();
  }

  @Test
  void lifecycle_newFileSystemUnlistedForThreeReads_createsCleanlyReplacesOnNameAndDestroys() {
    SIM.control().config(Map.of("invisible_reads", 3));
    TofuWorkspace workspace = SIM.workspace("fs-lifecycle", fileSystem("shared", 500));

    workspace.runOk("apply", "-auto-approve", "-no-color");

    JsonNode values = TofuState.values(workspace.showJson(), TYPE);
    assertThat(SIM.control().objects("file-systems")).singleElement().satisfies(f -> {
      assertThat(f).containsEntry("id", values.path("id").asText())
          .containsEntry("name", "shared");
      assertThat(((Number) f.get("size")).longValue()).isEqualTo(500);
    });
    assertThat(values.path("status").asText()).isEqualTo("available");
    assertThat(values.path("project").asText()).isEqualTo(SimulatorFixture.PROJECT);
    assertThat(SIM.control().requests("GET", "/api/v1/file-systems")).hasSizeGreaterThan(3);
    assertThat(planExitCode(workspace)).isZero();

    workspace.write("main.tf", fileSystem("renamed", 500));
    workspace.runOk("plan", "-out=replace.tfplan", "-no-color");
    JsonNode plan = workspace.showJson("replace.tfplan");
    assertThat(TofuPlan.actions(plan, ADDRESS)).containsExactly("delete", "create");
    assertThat(TofuPlan.replacePaths(plan, ADDRESS)).containsExactly("name");

    workspace.runOk("destroy", "-auto-approve", "-no-color");
    assertThat(SIM.control().objects("file-systems")).isEmpty();
  }

  @Test
  void importBlock_bareIdWithProviderDefaults_adoptsTheFileSystemAndPlansClean() {
    String id;
    try (CanopyWaveClient client = SIM.apiClient()) {
      id = client.fileSystems().create(new NewFileSystem(
          new Scope(SimulatorFixture.PROJECT, SimulatorFixture.REGION), "shared", 200));
    }
    TofuWorkspace workspace = SIM.workspace("fs-import", """
        import {
          to = canopywave_file_system.shared
          id = "%s"
        }
        %s
        """.formatted(id, fileSystem("shared", 200)));

    workspace.runOk("apply", "-auto-approve", "-no-color");

    assertThat(stateId(workspace)).isEqualTo(id);
    assertThat(planExitCode(workspace)).isZero();
    assertThat(SIM.control().requests("POST", "/api/v1/file-systems")).hasSize(1);
  }

  @Test
  void deletedOutOfBand_planProposesCreateAndRefreshOnlyDropsIt() {
    TofuWorkspace workspace = SIM.workspace("fs-gone", fileSystem("shared", 100));
    workspace.runOk("apply", "-auto-approve", "-no-color");
    SIM.control().delete("file-systems", stateId(workspace));

    CommandResult plan = workspace.run("plan", "-detailed-exitcode", "-no-color");

    assertThat(plan.exitCode()).as(plan.describe()).isEqualTo(2);
    assertThat(plan.stdout()).contains(ADDRESS + " will be created");
    workspace.runOk("apply", "-refresh-only", "-auto-approve", "-no-color");
    assertThat(TofuState.count(workspace.showJson())).isZero();
  }

  @Test
  void destroy_deleteAnswersNotFound_succeeds() {
    TofuWorkspace workspace = SIM.workspace("fs-404", fileSystem("shared", 100));
    workspace.runOk("apply", "-auto-approve", "-no-color");
    SIM.control().addFault(FaultRule.on("DELETE", "/api/v1/file-systems/*").status(400)
        .body(Map.of("error", "file system " + stateId(workspace) + " not found")).build());

    workspace.runOk("destroy", "-auto-approve", "-no-color");

    assertThat(TofuState.count(workspace.showJson())).isZero();
  }
}
