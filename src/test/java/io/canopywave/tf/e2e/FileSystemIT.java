package io.canopywave.tf.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.canopywave.tf.api.model.NewFileSystem;
import io.canopywave.tf.e2e.support.SimulatedCloud;
import io.canopywave.tf.e2e.support.StateJson;
import io.canopywave.tf.e2e.support.TofuWorkspace;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code canopywave_file_system} end to end: real tofu, the packaged provider, the simulator. */
class FileSystemIT {
  @RegisterExtension
  static final SimulatedCloud CLOUD = new SimulatedCloud();

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
    return StateJson.values(workspace.showJson(), ADDRESS).path("id").asText();
  }

  @Test
  void lifecycle_newFileSystemUnlistedForThreeReads_createsCleanlyReplacesOnNameAndDestroys() {
    CLOUD.control().config(Map.of("invisible_reads", 3));
    TofuWorkspace workspace = CLOUD.initialized("fs-lifecycle", fileSystem("shared", 500));

    workspace.apply();

    JsonNode values = StateJson.values(workspace.showJson(), ADDRESS);
    assertThat(CLOUD.control().objects("file-systems")).singleElement().satisfies(f -> {
      assertThat(f).containsEntry("id", values.path("id").asText())
          .containsEntry("name", "shared");
      assertThat(((Number) f.get("size")).longValue()).isEqualTo(500);
    });
    assertThat(values.path("status").asText()).isEqualTo("available");
    assertThat(values.path("project").asText()).isEqualTo(SimulatedCloud.PROJECT);
    assertThat(CLOUD.control().requests("GET", "/api/v1/file-systems")).hasSizeGreaterThan(3);
    assertThat(workspace.planExitCode()).isZero();

    workspace.write("main.tf", fileSystem("renamed", 500));
    JsonNode change = StateJson.change(workspace.planJson(), ADDRESS);
    assertThat(StateJson.actions(change)).containsExactly("delete", "create");
    assertThat(StateJson.replacePaths(change)).containsExactly("name");

    workspace.destroy();
    assertThat(CLOUD.control().objects("file-systems")).isEmpty();
  }

  @Test
  void importBlock_bareIdWithProviderDefaults_adoptsTheFileSystemAndPlansClean() {
    String id = CLOUD.api().fileSystems()
        .create(new NewFileSystem(SimulatedCloud.SCOPE, "shared", 200));
    TofuWorkspace workspace = CLOUD.initialized("fs-import", """
        import {
          to = canopywave_file_system.shared
          id = "%s"
        }
        %s
        """.formatted(id, fileSystem("shared", 200)));

    workspace.apply();

    assertThat(stateId(workspace)).isEqualTo(id);
    assertThat(workspace.planExitCode()).isZero();
    assertThat(CLOUD.control().requests("POST", "/api/v1/file-systems")).hasSize(1);
  }
}
