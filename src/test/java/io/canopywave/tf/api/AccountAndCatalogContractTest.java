package io.canopywave.tf.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.api.model.BillingRecord;
import io.canopywave.tf.api.model.InstanceType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Projects, images, instance types and billing, replayed from the reference. */
class AccountAndCatalogContractTest {
  private static final BillingRecord EXAMPLE_BILL = new BillingRecord("example_value_1",
      "example_value_2", "example_value_3", "example_value_4", "example_value_5",
      "example_value_6");

  private final MockApi api = new MockApi();
  private final CanopyWaveClient client = api.client();

  @AfterEach
  void stop() {
    client.close();
    api.close();
  }

  @Test
  void projects_referenceExample_areNames() {
    api.enqueueExample("projects");

    assertThat(client.account().projects())
        .containsExactly("alice@example.com", "bob@example.com");
    assertThat(api.take().getUrl().encodedPath()).isEqualTo("/api/v1/projects");
  }

  @Test
  void images_referenceExample_areNames() {
    api.enqueueExample("images");

    assertThat(client.catalog().images()).containsExactly(
        "CPU-Ubuntu.22.04", "GPU-Ubuntu.24.04", "GPU-Ubuntu.22.04", "CPU-Ubuntu.24.04");
  }

  @Test
  void instanceTypes_referenceExample_mapCodesToDisplayNames() {
    api.enqueueExample("instance-types");

    List<InstanceType> types = client.catalog().instanceTypes();

    assertThat(types).hasSize(4);
    assertThat(types.getFirst()).isEqualTo(new InstanceType("H100-4",
        "4x H100 (80 GB SXM5)", List.of("GPU-Ubuntu.22.04", "GPU-Ubuntu.24.04"),
        new BigDecimal("900"), "$2.25 / gpu / hour", "80 cores, 800.0 GB RAM, 2 TB NVMe"));
    assertThat(types).extracting(InstanceType::flavor)
        .containsExactly("H100-4", "H100-8", "m1.advanced", "H200-8");
  }

  @Test
  void instanceType_byCodeOrDisplayName_reusesTheCachedList() {
    api.enqueueExample("instance-types");
    try (CanopyWaveClient caching = new CanopyWaveClient(
        api.settings().listCacheTtl(Duration.ofSeconds(30)).build())) {

      assertThat(caching.catalog().instanceType("16 vCPU x86 Server"))
          .hasValueSatisfying(t -> assertThat(t.flavor()).isEqualTo("m1.advanced"));
      assertThat(caching.catalog().instanceType("H200-8"))
          .hasValueSatisfying(t -> assertThat(t.name()).isEqualTo("8x H200 (80 GB SXM5)"));
      assertThat(caching.catalog().instanceType("H300-1")).isEmpty();
    }
    assertThat(api.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void billing_bareObject_isOneRecord() {
    api.enqueueExample("billing");

    assertThat(client.account().billing("bob@example.com")).containsExactly(EXAMPLE_BILL);
    assertThat(api.take().getUrl().queryParameter("project")).isEqualTo("bob@example.com");
  }

  @Test
  void billing_listAndEnvelopes_areAccepted() {
    String bill = MockApi.example("billing");
    api.enqueue(200, "[" + bill + "," + bill + "]");
    api.enqueue(200, "{\"data\": " + bill + "}");
    api.enqueue(200, "{\"data\": [" + bill + "]}");
    api.enqueue(200, "{\"data\": [{\"billing_num\": 17, \"amount\": 12.5}]}");

    assertThat(client.account().billing("p")).containsExactly(EXAMPLE_BILL, EXAMPLE_BILL);
    assertThat(client.account().billing("p")).containsExactly(EXAMPLE_BILL);
    assertThat(client.account().billing("p")).containsExactly(EXAMPLE_BILL);
    assertThat(client.account().billing("p")).containsExactly(
        new BillingRecord("17", null, null, null, "12.5", null));
  }
}
