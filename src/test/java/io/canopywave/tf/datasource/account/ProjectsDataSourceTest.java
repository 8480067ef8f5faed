package io.canopywave.tf.datasource.account;

import static io.canopywave.tf.datasource.common.SimulatedApi.readOk;
import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.datasource.common.ListDataSource;
import io.canopywave.tf.datasource.common.SimulatedApi;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectsDataSourceTest {

  @Test
  void read_withoutProviderDefaults_listsTheProjectNames() {
    try (SimulatedApi api = new SimulatedApi()) {
      var dataSource = new ListDataSource<>(ProjectsDataSource.spec(), api.connections(null, null));

      var state = readOk(dataSource, Map.of());

      assertThat(state.string("id")).isEqualTo("projects");
      assertThat(state.strings("names"))
          .containsExactly("alice@example.com", "bob@example.com");
    }
  }
}
