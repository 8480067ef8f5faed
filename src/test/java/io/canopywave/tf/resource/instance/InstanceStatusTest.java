package io.canopywave.tf.resource.instance;

import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.resource.instance.InstanceStatus.Phase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstanceStatusTest {

  @ParameterizedTest
  @CsvSource({
      "ACTIVE, ACTIVE", "active, ACTIVE", "' Active ', ACTIVE",
      "BUILD, PENDING", "build, PENDING", "REBOOT, PENDING", "hard_reboot, PENDING",
      "ERROR, ERROR", "error, ERROR",
      "DELETED, GONE", "deleted, GONE", "SOFT_DELETED, GONE", "soft-deleted, GONE",
      "SHUTOFF, OTHER", "RESCUE, OTHER", "PAUSED, OTHER", "hibernating-on-mars, OTHER"})
  void phase_reportedStatus_isClassified(String reported, Phase expected) {
    assertThat(InstanceStatus.of(reported).phase()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"ACTIVE, active", "SOFT_DELETED, soft_deleted", "Shutoff, shutoff"})
  void stateValue_anyCase_isLowerCase(String reported, String expected) {
    assertThat(InstanceStatus.of(reported).stateValue()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(value = {"NULL", "''", "'   '"}, nullValues = "NULL")
  void of_missingStatus_isUnknownAndOther(String reported) {
    InstanceStatus status = InstanceStatus.of(reported);

    assertThat(status.stateValue()).isEqualTo("unknown");
    assertThat(status.phase()).isEqualTo(Phase.OTHER);
  }
}
