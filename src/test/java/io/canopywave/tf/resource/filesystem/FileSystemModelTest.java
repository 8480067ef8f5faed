package io.canopywave.tf.resource.filesystem;

import static io.canopywave.tf.plan.BlockValues.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.api.model.FileSystem;
import io.canopywave.tf.value.CtyValue;
import org.junit.jupiter.api.Test;

class FileSystemModelTest {

  @Test
  void fromApi_listedFileSystem_mapsEveryField() {
    CtyValue imported = object(FileSystemSchema.SCHEMA.block(), "id", "5f0c",
        "project", "bob@example.com", "region", "sequoia");
    FileSystem listed = new FileSystem("5f0c", "shared", 500L, "available", "sequoia", null);

    CtyValue.ObjectVal state = FileSystemModel.fromApi(listed, imported)
        .toState(imported);

    assertThat(state).isEqualTo(object(FileSystemSchema.SCHEMA.block(), "id", "5f0c",
        "name", "shared", "size", 500, "status", "available", "project", "bob@example.com",
        "region", "sequoia"));
  }

  @Test
  void fromApi_answerWithoutSize_keepsTheStoredSize() {
    CtyValue stored = object(FileSystemSchema.SCHEMA.block(), "id", "5f0c", "name", "shared",
        "size", 500, "status", "available", "project", "bob@example.com", "region", "sequoia");
    FileSystem terse = new FileSystem("5f0c", "shared", null, "creating", "sequoia", null);

    CtyValue.ObjectVal state = FileSystemModel.fromApi(terse, stored).toState(stored);

    assertThat(state.get("size")).isEqualTo(CtyValue.number(500));
    assertThat(state.get("status")).isEqualTo(CtyValue.string("creating"));
  }
}
