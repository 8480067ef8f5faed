package io.canopywave.tf.datasource.floatingip;

import static io.canopywave.tf.datasource.common.SimulatedApi.PROJECT;
import static io.canopywave.tf.datasource.common.SimulatedApi.REGION;
import static io.canopywave.tf.datasource.common.SimulatedApi.readOk;
import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.api.model.AllocatedIp;
import io.canopywave.tf.api.model.PublicIp;
import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.datasource.common.ApiExamples;
import io.canopywave.tf.datasource.common.ListDataSource;
import io.canopywave.tf.datasource.common.SimulatedApi;
import io.canopywave.tf.value.ObjectReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FloatingIpsDataSourceTest {

  @Test
  void items_referenceList_mapsAddressServerAndStatus() {
    List<PublicIp> ips = ApiExamples.dataList("ips-list", PublicIp::fromJson);

    List<ObjectReader> elements = FloatingIpsDataSource.ITEMS.value(ips).elements().stream()
        .map(ObjectReader::of).toList();

    assertThat(elements).hasSize(2);
    assertThat(elements.getFirst().string("id"))
        .isEqualTo("09e40279-e757-461f-a6e7-82829aba8536");
    assertThat(elements.getFirst().string("address")).isEqualTo("213.181.122.171");
    assertThat(elements.getFirst().string("server")).isEqualTo("bob-2");
    assertThat(elements.getFirst().string("status")).isEqualTo("ACTIVE");
    assertThat(elements.get(1).isNull("server")).isTrue();
    assertThat(elements.get(1).string("status")).isEqualTo("DOWN");
  }

  @Test
  void read_allocatedAddress_isListedFree() {
    try (SimulatedApi api = new SimulatedApi()) {
      AllocatedIp allocated = api.client().publicIps().allocate(new Scope(PROJECT, REGION));
      var dataSource = new ListDataSource<>(FloatingIpsDataSource.spec(), api.connections());

      var state = readOk(dataSource, Map.of());

      assertThat(state.nestedList("floating_ips")).singleElement().satisfies(ip -> {
        assertThat(ip.string("id")).isEqualTo(allocated.id());
        assertThat(ip.string("address")).isEqualTo(allocated.ip());
        assertThat(ip.isNull("server")).isTrue();
        assertThat(ip.string("status")).isEqualTo("DOWN");
      });
    }
  }
}
