package io.canopywave.tf.datasource.catalog;

import static io.canopywave.tf.datasource.common.SimulatedApi.config;
import static io.canopywave.tf.datasource.common.SimulatedApi.operation;
import static io.canopywave.tf.datasource.common.SimulatedApi.readOk;
import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.datasource.common.ListDataSource;
import io.canopywave.tf.datasource.common.SimulatedApi;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.value.ObjectReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Against the simulator's catalogue: the reference's four instance types. */
class InstanceTypesDataSourceTest {
  @RegisterExtension
  static final SimulatedApi api = new SimulatedApi();
  static final ListDataSource<?> dataSource =
      new ListDataSource<>(InstanceTypesDataSource.spec(), api.connections());

  private static List<ObjectReader> types(Map<String, ?> filters) {
    return readOk(dataSource, filters).nestedList("instance_types");
  }

  @Test
  void read_noFilter_mapsEveryTypeWithParsedFacts() {
    List<ObjectReader> types = types(Map.of());

    assertThat(types).extracting(t -> t.string("flavor"))
        .containsExactly("H100-4", "H100-8", "m1.advanced", "H200-8");
    ObjectReader h100 = types.getFirst();
    assertThat(h100.string("name")).isEqualTo("4x H100 (80 GB SXM5)");
    assertThat(h100.strings("images")).containsExactly("GPU-Ubuntu.22.04", "GPU-Ubuntu.24.04");
    assertThat(h100.decimal("price")).isEqualByComparingTo("900");
    assertThat(h100.string("price_hour")).isEqualTo("$2.25 / gpu / hour");
    assertThat(h100.string("specs")).isEqualTo("80 cores, 800.0 GB RAM, 2 TB NVMe");
    assertThat(h100.string("gpu_model")).isEqualTo("H100");
    assertThat(h100.longValue("gpu_count")).isEqualTo(4);
    assertThat(h100.longValue("vcpus")).isEqualTo(80);
    assertThat(h100.decimal("memory_gb")).isEqualByComparingTo("800");
    ObjectReader cpu = types.get(2);
    assertThat(cpu.isNull("gpu_model")).isTrue();
    assertThat(cpu.longValue("gpu_count")).isZero();
    assertThat(cpu.longValue("vcpus")).isEqualTo(16);
  }

  @Test
  void read_gpuModelInAnyCase_keepsOnlyThatModel() {
    assertThat(types(Map.of("gpu_model", "h100"))).extracting(t -> t.string("flavor"))
        .containsExactly("H100-4", "H100-8");
  }

  @Test
  void read_minGpuCount_keepsTypesWithAtLeastThatMany() {
    assertThat(types(Map.of("min_gpu_count", 8))).extracting(t -> t.string("flavor"))
        .containsExactly("H100-8", "H200-8");
  }

  @Test
  void read_filtersCombined_mustAllHold() {
    assertThat(types(Map.of("gpu_model", "H200", "flavor", "H100-8"))).isEmpty();
    assertThat(types(Map.of("gpu_model", "H200", "min_gpu_count", 8)))
        .extracting(t -> t.string("flavor")).containsExactly("H200-8");
  }

  @Test
  void read_flavorNobodyHas_givesEmptyListAndAnIdNamingTheFilter() {
    Operation op = operation();
    var state = dataSource.read(config(dataSource, Map.of("flavor", "Z9-1")), op);

    ObjectReader reader = ObjectReader.of(state);
    assertThat(op.diagnostics().hasErrors()).isFalse();
    assertThat(reader.nestedList("instance_types")).isEmpty();
    assertThat(reader.string("id")).isEqualTo("instance_types?flavor=Z9-1");
  }
}
