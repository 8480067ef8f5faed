package io.canopywave.tf.e2e;

import static io.canopywave.tf.e2e.support.ChangeAssert.assertReplacedBy;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.canopywave.tf.api.model.NewFileSystem;
import io.canopywave.tf.e2e.support.Hcl;
import io.canopywave.tf.e2e.support.SimulatedCloud;
import io.canopywave.tf.e2e.support.TofuWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code canopywave_file_system} end to end: real tofu, the packaged provider, the simulator. */
class FileSystemIT {
  @RegisterExtension
  static final SimulatedCloud CLOUD = new SimulatedCloud();

  private static final String ADDRESS = "canopywave_file_system.shared";

  private static String fileSystem(String name, int size) {
    return Hcl.resource("canopywave_file_system", "shared", Hcl.quoted("name", name),
        "size = " + size);
  }

  @Test
  void lifecycle_newFileSystemUnlistedForThreeReads_createsCleanlyReplacesOnNameAndDestroys() {
    CLOUD.hideNewObjectsForReads(3);
    TofuWorkspace workspace = CLOUD.applied("fs-lifecycle", fileSystem("shared", 500));

    JsonNode values = workspace.stateValues(ADDRESS);
    assertThat(CLOUD.objects("file-systems")).singleElement().satisfies(f -> {
      assertThat(f).containsEntry("id", values.path("id").asText())
          .containsEntry("name", "shared");
      assertThat(((Number) f.get("size")).longValue()).isEqualTo(500);
    });
    assertThat(values.path("status").asText()).isEqualTo("available");
    assertThat(values.path("project").asText()).isEqualTo(SimulatedCloud.PROJECT);
    assertThat(CLOUD.paths("GET", "/api/v1/file-systems")).hasSizeGreaterThan(3);
    assertThat(workspace.planExitCode()).isZero();

    assertReplacedBy(workspace.replan(fileSystem("renamed", 500), ADDRESS), "name");
    workspace.destroy();
    assertThat(CLOUD.objects("file-systems")).isEmpty();
  }

  @Test
  void importBlock_bareIdWithProviderDefaults_adoptsTheFileSystemAndPlansClean() {
    String id = CLOUD.api().fileSystems()
        .create(new NewFileSystem(SimulatedCloud.SCOPE, "shared", 200));

    TofuWorkspace workspace = CLOUD.appliedImport("fs-import", ADDRESS, id,
        fileSystem("shared", 200));

    assertThat(workspace.stateValues(ADDRESS).path("id").asText()).isEqualTo(id);
    assertThat(workspace.planExitCode()).isZero();
    assertThat(CLOUD.writes()).isEmpty();
  }
}
