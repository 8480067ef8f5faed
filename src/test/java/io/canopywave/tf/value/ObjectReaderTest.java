package io.canopywave.tf.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObjectReaderTest {
  private static final CtyType.ObjectOf RULE =
      CtyType.ObjectOf.of(Map.of("port", CtyType.NUMBER));
  private static final CtyType.ObjectOf TYPE = CtyType.ObjectOf.of(Map.of(
      "name", CtyType.STRING,
      "size", CtyType.NUMBER,
      "ratio", CtyType.NUMBER,
      "public", CtyType.BOOL,
      "keys", CtyType.list(CtyType.STRING),
      "zones", CtyType.set(CtyType.STRING),
      "labels", CtyType.map(CtyType.STRING),
      "timeouts", CtyType.ObjectOf.of(Map.of("create", CtyType.STRING)),
      "rules", CtyType.list(RULE)));

  private static ObjectReader read(Map<String, ?> attributes) {
    return ObjectReader.of(Values.object(TYPE, attributes));
  }

  @Test
  void getters_setAttributes_returnJavaValues() {
    ObjectReader reader = read(Map.of(
        "name", "vol", "size", 40, "ratio", new BigDecimal("0.75"), "public", true,
        "keys", List.of("a", "b"), "zones", List.of("z1"), "labels", Map.of("env", "prod"),
        "timeouts", Map.of("create", "10m"),
        "rules", List.of(Map.of("port", 22), Map.of("port", 443))));

    assertThat(reader.string("name")).isEqualTo("vol");
    assertThat(reader.longValue("size")).isEqualTo(40L);
    assertThat(reader.decimal("ratio")).isEqualByComparingTo("0.75");
    assertThat(reader.bool("public")).isTrue();
    assertThat(reader.strings("keys")).containsExactly("a", "b");
    assertThat(reader.strings("zones")).containsExactly("z1");
    assertThat(reader.stringMap("labels")).containsExactly(Map.entry("env", "prod"));
    assertThat(reader.nested("timeouts").string("create")).isEqualTo("10m");
    assertThat(reader.nestedList("rules")).extracting(r -> r.longValue("port"))
        .containsExactly(22L, 443L);
  }

  @Test
  void getters_nullAttributes_returnJavaNullOrTheFallback() {
    ObjectReader reader = read(Map.of());

    assertThat(reader.string("name")).isNull();
    assertThat(reader.string("name", "default")).isEqualTo("default");
    assertThat(reader.longValue("size")).isNull();
    assertThat(reader.bool("public")).isNull();
    assertThat(reader.bool("public", false)).isFalse();
    assertThat(reader.strings("keys")).isNull();
    assertThat(reader.stringMap("labels")).isNull();
    assertThat(reader.nested("timeouts")).isNull();
    assertThat(reader.nestedList("rules")).isEmpty();
    assertThat(reader.isNull("name")).isTrue();
    assertThat(reader.isSet("name")).isFalse();
  }

  @Test
  void strings_nullElement_staysNull() {
    ObjectReader reader = read(Map.of("keys", Arrays.asList("a", null)));

    assertThat(reader.strings("keys")).containsExactly("a", null);
  }

  @Test
  void getters_unknownAttribute_failAsAProgrammingError() {
    ObjectReader reader = read(Map.of("name", CtyValue.unknown(CtyType.STRING)));

    assertThat(reader.isKnown("name")).isFalse();
    assertThatThrownBy(() -> reader.string("name"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("attribute \"name\" is not known yet");
  }

  @Test
  void strings_unknownElement_failsAsAProgrammingError() {
    ObjectReader reader = read(Map.of("keys", List.of(CtyValue.unknown(CtyType.STRING))));

    assertThatThrownBy(() -> reader.strings("keys"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("attribute \"keys\" has an element that is not known yet");
  }

  @Test
  void longValue_fraction_fails() {
    ObjectReader reader = read(Map.of("size", new BigDecimal("1.5")));

    assertThatThrownBy(() -> reader.longValue("size"))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("1.5");
  }

  @Test
  void getter_ofTheWrongKind_failsNamingBoth() {
    ObjectReader reader = read(Map.of("name", "vol"));

    assertThatThrownBy(() -> reader.bool("name"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("attribute \"name\" is of type \"string\", not a bool");
  }

  @Test
  void of_nullValue_isRefused() {
    assertThatThrownBy(() -> ObjectReader.of(CtyValue.nullOf(TYPE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a known object, got null");
  }
}
