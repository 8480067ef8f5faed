package io.canopywave.tf.datasource.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HardwareFactsTest {

  @Test
  void parse_gpuDisplayName_readsModelAndCount() {
    HardwareFacts facts = HardwareFacts.parse("4x H100 (80 GB SXM5)",
        "80 cores, 800.0 GB RAM, 2 TB NVMe");

    assertThat(facts).isEqualTo(new HardwareFacts("H100", 4L, 80L, new BigDecimal("800.0")));
  }

  @Test
  void parse_cpuServerName_hasNoGpuAndTakesCoresFromSpecs() {
    HardwareFacts facts = HardwareFacts.parse("16 vCPU x86 Server",
        "16 cores, 32.0 GB RAM, 500 GB SSD");

    assertThat(facts.gpuModel()).isNull();
    assertThat(facts.gpuCount()).isZero();
    assertThat(facts.vcpus()).isEqualTo(16L);
    assertThat(facts.memoryGb()).isEqualByComparingTo("32");
  }

  @Test
  void parse_cpuServerWithoutSpecs_takesVcpusFromTheName() {
    HardwareFacts facts = HardwareFacts.parse("32 vCPUs AMD Server", null);

    assertThat(facts).isEqualTo(new HardwareFacts(null, 0L, 32L, null));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "8x H200 (80 GB SXM5)  | H200     | 8",
      "1x A100               | A100     | 1",
      "2 x RTX 4090 (24 GB)  | RTX 4090 | 2",
      "8X B200 (192 GB)      | B200     | 8",
  })
  void parse_gpuNameForms_readModelAndCount(String name, String model, long count) {
    HardwareFacts facts = HardwareFacts.parse(name, null);

    assertThat(facts.gpuModel()).isEqualTo(model);
    assertThat(facts.gpuCount()).isEqualTo(count);
  }

  @Test
  void parse_specsInTerabytes_countsGigabytes() {
    HardwareFacts facts = HardwareFacts.parse(null, "224 cores, 1.5 TB RAM, 30 TB NVMe");

    assertThat(facts.vcpus()).isEqualTo(224L);
    assertThat(facts.memoryGb()).isEqualByComparingTo("1536");
  }

  @Test
  void parse_textThatSaysNothing_givesNulls() {
    HardwareFacts facts = HardwareFacts.parse("Mystery box", "fast and shiny");

    assertThat(facts).isEqualTo(new HardwareFacts(null, null, null, null));
  }

  @Test
  void parse_storageBeforeMemory_isNotTakenForRam() {
    HardwareFacts facts = HardwareFacts.parse(null, "2 TB NVMe, 64 GB RAM");

    assertThat(facts.memoryGb()).isEqualByComparingTo("64");
  }
}
