package io.canopywave.tf.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.value.CtyType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TypeNamesTest {

  @Test
  void of_everyKindOfType_givesTheReadersName() {
    assertThat(TypeNames.of(CtyType.STRING)).isEqualTo("String");
    assertThat(TypeNames.of(CtyType.NUMBER)).isEqualTo("Number");
    assertThat(TypeNames.of(CtyType.BOOL)).isEqualTo("Boolean");
    assertThat(TypeNames.of(CtyType.DYNAMIC)).isEqualTo("Dynamic");
    assertThat(TypeNames.of(CtyType.map(CtyType.STRING))).isEqualTo("Map of String");
    assertThat(TypeNames.of(CtyType.set(CtyType.list(CtyType.NUMBER))))
        .isEqualTo("Set of List of Number");
    assertThat(TypeNames.of(CtyType.ObjectOf.of(Map.of("a", CtyType.STRING))))
        .isEqualTo("Object");
    assertThat(TypeNames.of(new CtyType.TupleOf(List.of(CtyType.STRING, CtyType.BOOL))))
        .isEqualTo("Tuple of (String, Boolean)");
  }
}
