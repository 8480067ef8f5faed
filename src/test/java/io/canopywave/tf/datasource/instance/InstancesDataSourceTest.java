package io.canopywave.tf.datasource.instance;

import static io.canopywave.tf.datasource.common.SimulatedApi.PROJECT;
import static io.canopywave.tf.datasource.common.SimulatedApi.config;
import static io.canopywave.tf.datasource.common.SimulatedApi.operation;
import static io.canopywave.tf.datasource.common.SimulatedApi.readOk;
import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.api.model.InstanceSummary;
import io.canopywave.tf.api.model.LaunchRequest;
import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.datasource.common.ApiExamples;
import io.canopywave.tf.datasource.common.ListDataSource;
import io.canopywave.tf.datasource.common.SimulatedApi;
import io.canopywave.tf.resource.common.ConnectionSource;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.value.ObjectReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InstancesDataSourceTest {
  @RegisterExtension
  static final SimulatedApi api = new SimulatedApi();

  private static String launch(String region, String name, String flavor, String image) {
    return api.client().instances().launch(new LaunchRequest(new Scope(PROJECT, region), name,
        flavor, image, "not-a-real-password-1", null, null));
  }

  private static List<ObjectReader> instances(ListDataSource<?> dataSource,
      Map<String, ?> arguments) {
    return readOk(dataSource, arguments).nestedList("instances");
  }

  private static ListDataSource<ListedInstance> instancesOf(ConnectionSource connections) {
    return new ListDataSource<>(InstancesDataSource.spec(), connections);
  }

  @Test
  void items_referenceList_mapsSummaryAndLowerCasesStatus() {
    InstanceSummary error = ApiExamples.dataList("instances-list", InstanceSummary::fromJson)
        .get(2);

    ObjectReader element = ObjectReader.of(InstancesDataSource.ITEMS
        .value(List.of(new ListedInstance(error, "H100-4"))).elements().getFirst());

    assertThat(element.string("id")).isEqualTo("730dcf5a-bada-45f3-9a32-e8657cf7b200");
    assertThat(element.string("name")).isEqualTo("bob-4");
    assertThat(element.string("flavor")).isEqualTo("H100-4");
    assertThat(element.string("flavor_name")).isEqualTo("4x H100 (80 GB SXM5)");
    assertThat(element.string("status")).isEqualTo("error");
    assertThat(element.isNull("launched_at")).isTrue();
    assertThat(element.string("role")).isEqualTo("worker");
  }

  @Test
  void read_regionLeftNull_listsTheProviderRegionWithFlavorCodes() {
    launch("sequoia", "a", "m1.advanced", "CPU-Ubuntu.22.04");
    launch("redwood", "b", "H100-4", "GPU-Ubuntu.22.04");

    List<ObjectReader> listed =
        instances(instancesOf(api.connections()), Map.of());

    assertThat(listed).singleElement().satisfies(instance -> {
      assertThat(instance.string("name")).isEqualTo("a");
      assertThat(instance.string("flavor")).isEqualTo("m1.advanced");
      assertThat(instance.string("flavor_name")).isEqualTo("16 vCPU x86 Server");
      assertThat(instance.string("region")).isEqualTo("sequoia");
      assertThat(instance.string("status")).isEqualTo("active");
    });
  }

  @Test
  void read_allRegions_listsEveryRegionAndLeavesRegionNull() {
    launch("sequoia", "a", "m1.advanced", "CPU-Ubuntu.22.04");
    launch("redwood", "b", "H100-4", "GPU-Ubuntu.22.04");
    var dataSource = instancesOf(api.connections());
    Operation op = operation();

    var state = ObjectReader.of(dataSource.read(
        config(dataSource, Map.of("all_regions", true)), op));

    assertThat(state.nestedList("instances")).extracting(i -> i.string("name"))
        .containsExactlyInAnyOrder("a", "b");
    assertThat(state.isNull("region")).isTrue();
    assertThat(state.string("id")).isEqualTo(PROJECT);
  }

  @Test
  void read_noRegionAnywhere_listsEveryRegion() {
    launch("redwood", "b", "H100-4", "GPU-Ubuntu.22.04");

    assertThat(instances(instancesOf(api.connections(PROJECT, null)), Map.of()))
        .extracting(i -> i.string("region")).containsExactly("redwood");
  }

  @Test
  void read_runningOnly_leavesOutInstancesStillBuilding() {
    launch("sequoia", "ready", "m1.advanced", "CPU-Ubuntu.22.04");
    api.control().config(Map.of("build_seconds", 600));
    launch("sequoia", "building", "m1.advanced", "CPU-Ubuntu.22.04");
    var dataSource = instancesOf(api.connections());

    assertThat(instances(dataSource, Map.of())).extracting(i -> i.string("name"))
        .containsExactly("ready", "building");
    assertThat(instances(dataSource, Map.of("running_only", true)))
        .extracting(i -> i.string("name")).containsExactly("ready");
  }

  @Test
  void read_runningOnlyWithoutAnyRegion_errorsOnRunningOnly() {
    var dataSource = instancesOf(api.connections(PROJECT, null));
    Operation op = operation();

    var state = dataSource.read(config(dataSource, Map.of("running_only", true)), op);

    assertThat(state).isNull();
    assertThat(op.diagnostics().list()).singleElement()
        .satisfies(d -> assertThat(d.path()).isEqualTo(AttributePath.of("running_only")));
    assertThat(api.control().requests()).isEmpty();
  }

  @Test
  void read_terminatedInstanceStillListed_isLeftOut() {
    api.control().config(Map.of("linger_seconds", 30));
    String gone = launch("sequoia", "gone", "m1.advanced", "CPU-Ubuntu.22.04");
    launch("sequoia", "kept", "m1.advanced", "CPU-Ubuntu.22.04");
    api.client().instances().terminate(new Scope(PROJECT, "sequoia"), gone);

    assertThat(instances(instancesOf(api.connections()), Map.of()))
        .extracting(i -> i.string("name")).containsExactly("kept");
  }

  @Test
  void read_noInstances_givesAnEmptyListWithoutReadingTheCatalogue() {
    assertThat(instances(instancesOf(api.connections()), Map.of())).isEmpty();
    assertThat(api.control().requests("GET", "/api/v1/instance-types")).isEmpty();
  }

  @Test
  void validateConfig_allRegionsWithRegionOrRunningOnly_isAnError() {
    var dataSource = instancesOf(api.connections());
    Operation withRegion = operation();
    dataSource.validateConfig(config(dataSource,
        Map.of("all_regions", true, "region", "sequoia")), withRegion);
    Operation withRunning = operation();
    dataSource.validateConfig(config(dataSource,
        Map.of("all_regions", true, "running_only", true)), withRunning);
    Operation alone = operation();
    dataSource.validateConfig(config(dataSource, Map.of("all_regions", true)), alone);

    assertThat(withRegion.diagnostics().list()).singleElement()
        .satisfies(d -> assertThat(d.detail()).contains("`region`"));
    assertThat(withRunning.diagnostics().list()).singleElement()
        .satisfies(d -> assertThat(d.detail()).contains("`running_only`"));
    assertThat(alone.diagnostics().list()).isEmpty();
  }
}
