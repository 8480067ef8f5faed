package io.canopywave.tf.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import io.canopywave.tf.value.Values;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueAtPathTest {
  private static final CtyType.ObjectOf DISK = CtyType.ObjectOf.of(Map.of("size", CtyType.NUMBER));
  private static final CtyType.ObjectOf TYPE = CtyType.ObjectOf.of(Map.of(
      "labels", CtyType.map(CtyType.STRING),
      "disks", CtyType.list(DISK),
      "timeouts", CtyType.ObjectOf.of(Map.of("create", CtyType.STRING)),
      "zones", CtyType.set(CtyType.STRING)));
  private static final CtyValue VALUE = Values.object(TYPE, Map.of(
      "labels", Map.of("env", "prod"),
      "disks", List.of(Map.of("size", 10), Map.of("size", 20)),
      "zones", List.of("z1")));

  @Test
  void find_attributeKeyAndIndexSteps_reachTheValue() {
    assertThat(ValueAtPath.find(VALUE, AttributePath.of("labels").key("env")))
        .contains(CtyValue.string("prod"));
    assertThat(ValueAtPath.find(VALUE, AttributePath.of("disks").index(1).attribute("size")))
        .contains(CtyValue.number(20));
    assertThat(ValueAtPath.find(VALUE, AttributePath.ROOT)).contains(VALUE);
  }

  @Test
  void find_throughANull_resolvesToNothing() {
    assertThat(ValueAtPath.find(VALUE, AttributePath.of("timeouts", "create"))).isEmpty();
    assertThat(ValueAtPath.find(VALUE, AttributePath.of("timeouts")))
        .contains(CtyValue.nullOf(TYPE.attribute("timeouts")));
  }

  @Test
  void find_missingStepTargets_resolveToNothing() {
    assertThat(ValueAtPath.find(VALUE, AttributePath.of("colour"))).isEmpty();
    assertThat(ValueAtPath.find(VALUE, AttributePath.of("labels").key("team"))).isEmpty();
    assertThat(ValueAtPath.find(VALUE, AttributePath.of("disks").index(2))).isEmpty();
    assertThat(ValueAtPath.find(VALUE, AttributePath.of("disks").index(-1))).isEmpty();
    assertThat(ValueAtPath.find(VALUE, AttributePath.of("zones").index(0))).isEmpty();
  }

  @Test
  void find_intoAnUnknown_resolvesToNothing() {
    CtyValue pending =
        Values.object(TYPE, Map.of("disks", CtyValue.unknown(TYPE.attribute("disks"))));

    assertThat(ValueAtPath.find(pending, AttributePath.of("disks").index(0))).isEmpty();
  }
}
