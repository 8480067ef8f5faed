package io.canopywave.tf.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValuesTest {
  private static final CtyType.ObjectOf DISK =
      CtyType.ObjectOf.of(Map.of("size", CtyType.NUMBER, "boot", CtyType.BOOL));
  private static final CtyType.ObjectOf INSTANCE = CtyType.ObjectOf.of(Map.of(
      "name", CtyType.STRING,
      "cpus", CtyType.NUMBER,
      "ssh_keys", CtyType.set(CtyType.STRING),
      "labels", CtyType.map(CtyType.STRING),
      "disks", CtyType.list(DISK),
      "extra", CtyType.DYNAMIC));

  @Test
  void object_partialJavaMap_convertsGivenAttributesAndNullsTheRest() {
    CtyValue.ObjectVal instance = Values.object(INSTANCE, Map.of(
        "name", "gpu-1",
        "cpus", 8,
        "ssh_keys", List.of("k1", "k2", "k1"),
        "disks", List.of(Map.of("size", 100L, "boot", true))));

    assertThat(instance.get("name")).isEqualTo(CtyValue.string("gpu-1"));
    assertThat(instance.get("cpus")).isEqualTo(CtyValue.number(8));
    assertThat(instance.get("ssh_keys")).isEqualTo(CtyValue.set(CtyType.STRING,
        List.of(CtyValue.string("k1"), CtyValue.string("k2"))));
    assertThat(instance.get("labels")).isEqualTo(CtyValue.nullOf(CtyType.map(CtyType.STRING)));
    assertThat(instance.get("disks")).isEqualTo(CtyValue.list(DISK, List.of(
        CtyValue.object(DISK,
            Map.of("size", CtyValue.number(100), "boot", CtyValue.bool(true))))));
    assertThat(instance.get("extra")).isEqualTo(CtyValue.nullOf(CtyType.DYNAMIC));
  }

  @Test
  void objectBuilder_nullsAndCtyValues_areKeptAsGiven() {
    CtyValue.ObjectVal instance = Values.objectBuilder(INSTANCE)
        .set("name", null)
        .set("cpus", CtyValue.unknown(CtyType.NUMBER))
        .set("extra", "note")
        .build();

    assertThat(instance.get("name")).isEqualTo(CtyValue.nullOf(CtyType.STRING));
    assertThat(instance.get("cpus")).isEqualTo(CtyValue.unknown(CtyType.NUMBER));
    assertThat(instance.get("extra")).isEqualTo(CtyValue.string("note"));
  }

  @Test
  void objectBuilder_unknownName_failsAtOnce() {
    assertThatThrownBy(() -> Values.objectBuilder(INSTANCE).set("colour", "red"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("colour");
  }

  @Test
  void object_unknownName_failsListingTheKnownOnes() {
    assertThatThrownBy(() -> Values.object(DISK, Map.of("sise", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value at (root) has no attribute sise; expected one of [boot, size]");
  }

  @Test
  void of_wrongJavaType_failsNamingThePath() {
    assertThatThrownBy(() -> Values.object(INSTANCE, Map.of("disks",
        List.of(Map.of("size", "big")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value at .disks[0].size must be a finite number, got big");
  }

  @Test
  void of_numbers_keepTheirDecimalMeaning() {
    assertThat(Values.of(0.1d, CtyType.NUMBER))
        .isEqualTo(CtyValue.number(new BigDecimal("0.1")));
    assertThat(Values.of(new BigInteger("18446744073709551616"), CtyType.NUMBER))
        .isEqualTo(CtyValue.number(new BigDecimal("18446744073709551616")));
  }

  @Test
  void of_tupleOfTheWrongSize_fails() {
    CtyType.TupleOf pair = new CtyType.TupleOf(List.of(CtyType.STRING, CtyType.BOOL));

    assertThatThrownBy(() -> Values.of(List.of("a"), pair))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value at (root) has 1 elements, expected 2");
  }

  @Test
  void of_structureInADynamicSlot_asksForACtyValue() {
    assertThatThrownBy(() -> Values.of(List.of("a"), CtyType.DYNAMIC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pass a CtyValue");
  }
}
