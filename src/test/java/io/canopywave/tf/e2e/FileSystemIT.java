package io.canopywave.tf.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.canopywave.tf.api.CanopyWaveClient;
import io.canopywave.tf.api.model.NewFileSystem;
import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.e2e.support.SimulatorFixture;
import io.canopywave.tf.e2e.support.TofuPlan;
import io.canopywave.tf.e2e.support.TofuState;
import io.canopywave.tf.e2e.support.TofuWorkspace;
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
    assertThat(workspace.planExitCode()).isZero();

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
    assertThat(workspace.planExitCode()).isZero();
    assertThat(SIM.control().requests("POST", "/api/v1/file-systems")).hasSize(1);
  }
}
