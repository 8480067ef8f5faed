package io.canopywave.tf.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CtyValueEqualityTest {
  private static final CtyValue REFINED = new CtyValue.Unknown(CtyType.STRING,
      new Refinements(true, "vol-", null, null, null, null));

  @Test
  void equalsIgnoringRefinements_refinedUnknownDeepInside_equalsThePlainOne() {
    CtyType.ObjectOf type = CtyType.ObjectOf.of(Map.of("ids", CtyType.list(CtyType.STRING)));
    CtyValue refined = Values.object(type, Map.of("ids", List.of(CtyValue.string("a"), REFINED)));
    CtyValue plain = Values.object(type, Map.of("ids",
        List.of(CtyValue.string("a"), CtyValue.unknown(CtyType.STRING))));

    assertThat(refined).isNotEqualTo(plain);
    assertThat(refined.equalsIgnoringRefinements(plain)).isTrue();
    assertThat(refined.withoutRefinements()).isEqualTo(plain);
  }

  @Test
  void equalsIgnoringRefinements_differentKnownValues_stayDifferent() {
    CtyValue a = CtyValue.map(CtyType.STRING, Map.of("k", CtyValue.string("a")));
    CtyValue b = CtyValue.map(CtyType.STRING, Map.of("k", CtyValue.string("b")));

    assertThat(a.equalsIgnoringRefinements(b)).isFalse();
  }

  @Test
  void withoutRefinements_nothingRefined_returnsTheSameInstance() {
    CtyValue value = CtyValue.list(CtyType.STRING, List.of(CtyValue.unknown(CtyType.STRING)));

    assertThat(value.withoutRefinements()).isSameAs(value);
  }

  @Test
  void set_twoRefinedUnknowns_keepsBothAfterStripping() {
    CtyValue set = CtyValue.set(CtyType.STRING, List.of(REFINED, REFINED));

    assertThat(((CtyValue.SetVal) set.withoutRefinements()).elements()).hasSize(2);
  }

  @Test
  void set_equalNumbersWrittenDifferently_collapse() {
    CtyValue set = CtyValue.set(CtyType.NUMBER, List.of(
        CtyValue.number(new BigDecimal("1.0")), CtyValue.number(1)));

    assertThat(((CtyValue.SetVal) set).elements()).hasSize(1);
  }

  @Test
  void set_orderOfElements_doesNotMatter() {
    CtyValue ab = CtyValue.set(CtyType.STRING, List.of(CtyValue.string("a"),
        CtyValue.string("b"), CtyValue.unknown(CtyType.STRING)));
    CtyValue ba = CtyValue.set(CtyType.STRING, List.of(CtyValue.unknown(CtyType.STRING),
        CtyValue.string("b"), CtyValue.string("a")));

    assertThat(ab).isEqualTo(ba).hasSameHashCodeAs(ba);
  }

  @Test
  void set_partlyUnknownObjects_areNeverCollapsed() {
    CtyType.ObjectOf type = CtyType.ObjectOf.of(Map.of("id", CtyType.STRING));
    CtyValue pending = Values.object(type, Map.of("id", CtyValue.unknown(CtyType.STRING)));

    CtyValue.SetVal set = CtyValue.set(type, List.of(pending, pending));

    assertThat(set.elements()).hasSize(2);
    assertThat(set.elements()).contains(pending);
  }
}
