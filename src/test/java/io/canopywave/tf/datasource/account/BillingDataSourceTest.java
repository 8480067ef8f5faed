package io.canopywave.tf.datasource.account;

import static io.canopywave.tf.datasource.common.SimulatedApi.config;
import static io.canopywave.tf.datasource.common.SimulatedApi.operation;
import static io.canopywave.tf.datasource.common.SimulatedApi.readOk;
import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.api.model.BillingRecord;
import io.canopywave.tf.datasource.common.ApiExamples;
import io.canopywave.tf.datasource.common.ListDataSource;
import io.canopywave.tf.datasource.common.SimulatedApi;
import io.canopywave.tf.resource.common.ConnectionSource;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.simulator.FaultRule;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.value.ObjectReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BillingDataSourceTest {

  private static ListDataSource<BillingRecord> billing(ConnectionSource connections) {
    return new ListDataSource<>(BillingDataSource.spec(), connections);
  }

  @Test
  void items_referenceRecord_keepsEveryFieldAsText() {
    BillingRecord record = BillingRecord.fromJson(ApiExamples.json("billing"));

    ObjectReader element = ObjectReader.of(
        BillingDataSource.ITEMS.value(List.of(record)).elements().getFirst());

    assertThat(element.string("billing_num")).isEqualTo("example_value_1");
    assertThat(element.string("period_from")).isEqualTo("example_value_2");
    assertThat(element.string("period_to")).isEqualTo("example_value_3");
    assertThat(element.string("due_date")).isEqualTo("example_value_4");
    assertThat(element.string("amount")).isEqualTo("example_value_5");
    assertThat(element.string("timestamp")).isEqualTo("example_value_6");
  }

  @Test
  void read_projectOnlyScope_needsNoRegionAndNamesTheProjectInTheId() {
    try (SimulatedApi api = new SimulatedApi()) {
      var dataSource = billing(api.connections("alice@example.com", null));

      ObjectReader state = readOk(dataSource, Map.of());

      assertThat(state.string("id")).isEqualTo("alice@example.com");
      assertThat(state.string("project")).isEqualTo("alice@example.com");
      assertThat(state.nestedList("records")).hasSize(1);
      assertThat(dataSource.schema().block().attribute("region")).isEmpty();
    }
  }

  @Test
  void read_answerWithNumbersUnknownAndMissingFields_givesTextAndNulls() {
    try (SimulatedApi api = new SimulatedApi()) {
      api.control().addFault(FaultRule.on("GET", "/api/v1/billing").status(200)
          .body(Map.of("data", List.of(Map.of(
              "billing_num", 42, "amount", 12.5, "currency", "USD",
              "lines", List.of(Map.of("sku", "gpu")))))).build());
      var dataSource = billing(api.connections());

      ObjectReader state = readOk(dataSource, Map.of());

      assertThat(state.nestedList("records")).singleElement().satisfies(record -> {
        assertThat(record.string("billing_num")).isEqualTo("42");
        assertThat(record.string("amount")).isEqualTo("12.5");
        assertThat(record.isNull("period_from")).isTrue();
        assertThat(record.isNull("timestamp")).isTrue();
      });
    }
  }

  @Test
  void read_noProjectAnywhere_errorsOnProject() {
    try (SimulatedApi api = new SimulatedApi()) {
      var dataSource = billing(api.connections(null, "sequoia"));
      Operation op = operation();

      var state = dataSource.read(config(dataSource, Map.of()), op);

      assertThat(state).isNull();
      assertThat(op.diagnostics().list()).singleElement()
          .satisfies(d -> assertThat(d.path()).isEqualTo(AttributePath.of("project")));
    }
  }
}
