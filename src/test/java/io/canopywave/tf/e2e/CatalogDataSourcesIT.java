package io.canopywave.tf.e2e;

import static io.canopywave.tf.e2e.support.TofuOutputs.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.canopywave.tf.e2e.support.SimulatedCloud;
import io.canopywave.tf.e2e.support.TestData;
import io.canopywave.tf.e2e.support.TofuOutputs;
import io.canopywave.tf.e2e.support.TofuWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The data sources of the whole cloud and the account ({@code canopywave_projects},
 * {@code canopywave_images}, {@code canopywave_instance_types}, {@code canopywave_billing})
 * with the real tofu against the simulator's catalogue, which is the reference's.
 */
class CatalogDataSourcesIT {
  @RegisterExtension
  static final SimulatedCloud SIM = new SimulatedCloud();

  @Test
  void apply_catalogAndAccountDataSources_outputsHoldTheCatalogueAndTheNextPlanIsEmpty() {
    TofuWorkspace workspace = SIM.initialized("data-catalog", TestData.hcl("d/catalog.tf"));

    workspace.runOk("apply", "-auto-approve", "-no-color");
    JsonNode out = TofuOutputs.values(workspace);

    assertThat(texts(out.path("projects")))
        .containsExactly("alice@example.com", "bob@example.com");
    assertThat(texts(out.path("images"))).containsExactly(
        "CPU-Ubuntu.22.04", "GPU-Ubuntu.24.04", "GPU-Ubuntu.22.04", "CPU-Ubuntu.24.04");
    assertThat(texts(out.path("cpu_images")))
        .containsExactly("CPU-Ubuntu.22.04", "CPU-Ubuntu.24.04");
    assertThat(out.path("no_images").isArray()).isTrue();
    assertThat(out.path("no_images")).isEmpty();
    JsonNode h100 = out.path("h100_4");
    assertThat(h100.path("name").asText()).isEqualTo("4x H100 (80 GB SXM5)");
    assertThat(h100.path("gpu_model").asText()).isEqualTo("H100");
    assertThat(h100.path("gpu_count").asInt()).isEqualTo(4);
    assertThat(h100.path("vcpus").asInt()).isEqualTo(80);
    assertThat(h100.path("memory_gb").asDouble()).isEqualTo(800.0);
    assertThat(h100.path("price").asInt()).isEqualTo(900);
    assertThat(h100.path("price_hour").asText()).isEqualTo("$2.25 / gpu / hour");
    assertThat(texts(h100.path("images"))).containsExactly("GPU-Ubuntu.22.04",
        "GPU-Ubuntu.24.04");
    JsonNode cpu = out.path("cpu_type");
    assertThat(cpu.path("flavor").asText()).isEqualTo("m1.advanced");
    assertThat(cpu.path("gpu_model").isNull()).isTrue();
    assertThat(cpu.path("vcpus").asInt()).isEqualTo(16);
    assertThat(texts(out.path("eight_gpu_flavors"))).containsExactly("H100-8", "H200-8");
    assertThat(out.path("no_types")).isEmpty();
    assertThat(out.path("billing")).singleElement().satisfies(record -> {
      assertThat(record.path("billing_num").asText()).startsWith("CW-");
      assertThat(record.path("period_from").asText()).isNotBlank();
      assertThat(record.path("amount").isTextual()).isTrue();
      assertThat(record.path("stamped").asBoolean()).isTrue();
    });
    assertThat(out.path("ids").path("projects").asText()).isEqualTo("projects");
    assertThat(out.path("ids").path("images").asText()).isEqualTo("images?flavor=m1.advanced");
    assertThat(out.path("ids").path("types").asText())
        .isEqualTo("instance_types?gpu_model=B999");
    assertThat(out.path("ids").path("billing").asText()).isEqualTo(SimulatedCloud.PROJECT);
    assertThat(workspace.planExitCode()).isZero();
  }
}
