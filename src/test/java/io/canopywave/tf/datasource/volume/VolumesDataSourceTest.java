package io.canopywave.tf.datasource.volume;

import static io.canopywave.tf.datasource.common.SimulatedApi.PROJECT;
import static io.canopywave.tf.datasource.common.SimulatedApi.REGION;
import static io.canopywave.tf.datasource.common.SimulatedApi.readOk;
import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.api.model.NewVolume;
import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.api.model.Volume;
import io.canopywave.tf.datasource.common.ApiExamples;
import io.canopywave.tf.datasource.common.ListDataSource;
import io.canopywave.tf.datasource.common.SimulatedApi;
import io.canopywave.tf.value.ObjectReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VolumesDataSourceTest {

  @Test
  void items_volumeWithMissingFields_mapsThemToNull() {
    Volume volume = Volume.fromJson(ApiExamples.parse("{\"uuid\": \"v-1\", \"size\": \"40\"}"),
        "sequoia");

    ObjectReader element = ObjectReader.of(
        VolumesDataSource.ITEMS.value(List.of(volume)).elements().getFirst());

    assertThat(element.string("id")).isEqualTo("v-1");
    assertThat(element.longValue("size")).isEqualTo(40);
    assertThat(element.string("region")).isEqualTo("sequoia");
    assertThat(element.isNull("name")).isTrue();
    assertThat(element.isNull("type")).isTrue();
    assertThat(element.isNull("status")).isTrue();
    assertThat(element.isNull("created_at")).isTrue();
  }

  @Test
  void read_createdVolume_isListedWithEveryField() {
    try (SimulatedApi api = new SimulatedApi()) {
      String id = api.client().volumes()
          .create(new NewVolume(new Scope(PROJECT, REGION), "data", "ssd", 100));
      var dataSource = new ListDataSource<>(VolumesDataSource.spec(), api.connections());

      var state = readOk(dataSource, Map.of());

      assertThat(state.nestedList("volumes")).singleElement().satisfies(volume -> {
        assertThat(volume.string("id")).isEqualTo(id);
        assertThat(volume.string("name")).isEqualTo("data");
        assertThat(volume.longValue("size")).isEqualTo(100);
        assertThat(volume.string("type")).isEqualTo("ssd");
        assertThat(volume.string("status")).isEqualTo("available");
        assertThat(volume.string("region")).isEqualTo(REGION);
        assertThat(volume.string("created_at")).isNotBlank();
      });
    }
  }
}
