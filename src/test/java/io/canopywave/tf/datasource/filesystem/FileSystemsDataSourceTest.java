package io.canopywave.tf.datasource.filesystem;

import static io.canopywave.tf.datasource.common.SimulatedApi.PROJECT;
import static io.canopywave.tf.datasource.common.SimulatedApi.REGION;
import static io.canopywave.tf.datasource.common.SimulatedApi.readOk;
import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.api.model.FileSystem;
import io.canopywave.tf.api.model.NewFileSystem;
import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.datasource.common.ApiExamples;
import io.canopywave.tf.datasource.common.ListDataSource;
import io.canopywave.tf.datasource.common.SimulatedApi;
import io.canopywave.tf.value.ObjectReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FileSystemsDataSourceTest {

  @Test
  void items_alternativeSpellings_mapToTheSameFields() {
    FileSystem fileSystem = FileSystem.fromJson(ApiExamples.parse(
        "{\"id\": \"fs-1\", \"name\": \"shared\", \"size_gb\": 500, \"state\": \"creating\","
            + " \"createdAt\": \"2025-05-24T01:15:50Z\", \"region\": \"redwood\"}"), "sequoia");

    ObjectReader element = ObjectReader.of(
        FileSystemsDataSource.ITEMS.value(List.of(fileSystem)).elements().getFirst());

    assertThat(element.string("id")).isEqualTo("fs-1");
    assertThat(element.string("name")).isEqualTo("shared");
    assertThat(element.longValue("size")).isEqualTo(500);
    assertThat(element.string("status")).isEqualTo("creating");
    assertThat(element.string("region")).isEqualTo("redwood");
    assertThat(element.string("created_at")).isEqualTo("2025-05-24T01:15:50Z");
  }

  @Test
  void read_createdFileSystem_isListed() {
    try (SimulatedApi api = new SimulatedApi()) {
      String id = api.client().fileSystems()
          .create(new NewFileSystem(new Scope(PROJECT, REGION), "shared", 500));
      var dataSource = new ListDataSource<>(FileSystemsDataSource.spec(), api.connections());

      var state = readOk(dataSource, Map.of());

      assertThat(state.nestedList("file_systems")).extracting(f -> f.string("id"))
          .containsExactly(id);
      assertThat(state.nestedList("file_systems").getFirst().longValue("size")).isEqualTo(500);
    }
  }
}
