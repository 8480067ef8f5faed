package io.canopywave.tf.datasource.catalog;

import static io.canopywave.tf.datasource.common.SimulatedApi.readOk;
import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.api.model.InstanceType;
import io.canopywave.tf.datasource.common.ListDataSource;
import io.canopywave.tf.datasource.common.SimulatedApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ImagesDataSourceTest {
  @RegisterExtension
  static final SimulatedApi api = new SimulatedApi();
  static final ListDataSource<String> dataSource =
      new ListDataSource<>(ImagesDataSource.spec(), api.connections());

  private static List<String> names(Map<String, ?> filters) {
    return readOk(dataSource, filters).strings("names");
  }

  @Test
  void read_noFlavor_listsEveryImageInTheApisOrder() {
    assertThat(names(Map.of())).containsExactly(
        "CPU-Ubuntu.22.04", "GPU-Ubuntu.24.04", "GPU-Ubuntu.22.04", "CPU-Ubuntu.24.04");
  }

  @Test
  void read_cpuFlavor_listsOnlyItsImages() {
    assertThat(names(Map.of("flavor", "m1.advanced")))
        .containsExactly("CPU-Ubuntu.22.04", "CPU-Ubuntu.24.04");
  }

  @Test
  void read_unknownFlavor_givesAnEmptyList() {
    assertThat(names(Map.of("flavor", "H100-3"))).isEmpty();
  }

  @Test
  void imagesOf_typeNamingAnUnlistedImage_keepsOnlyListedOnesInListOrder() {
    var type = new InstanceType("X-1", "1x X", List.of("b", "ghost", "a"), null, null, null);

    assertThat(ImagesDataSource.imagesOf(List.of("a", "b", "c"), type))
        .containsExactly("a", "b");
  }
}
