package io.canopywave.tf.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

  @Test
  void parse_object_keepsMemberOrderAndTypes() {
    var value = Json.parse(" {\"b\": 1, \"a\": [true, null, -2.5e1, \"x\"], \"c\": {}} ");

    var map = Cloud.map(value);
    assertThat(map.keySet()).containsExactly("b", "a", "c");
    assertThat(map.get("b")).isEqualTo(1L);
    assertThat(map.get("a")).isEqualTo(Arrays.asList(true, null, -25.0, "x"));
    assertThat(map.get("c")).isEqualTo(Map.of());
  }

  @Test
  void parse_escapes_decodeToTheCharacters() {
    var text = Json.parse("\"q\\\" b\\\\ s\\/ n\\n t\\t u\\u00e9 \\ud83d\\ude00\"");

    assertThat(text).isEqualTo("q\" b\\ s/ n\n t\t u\u00e9 \ud83d\ude00");
  }

  @Test
  void parse_hugeInteger_keepsItExactly() {
    assertThat(Json.parse("123456789012345678901234567890"))
        .isEqualTo(new BigDecimal("123456789012345678901234567890"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "{", "[1,]", "{\"a\" 1}", "01", "1.", "tru", "\"open", "{} x",
      "{\"a\":1,}", "\"tab\there\"", "-", "[1 2]"})
  void parse_malformed_throwsWithThePosition(String text) {
    assertThatThrownBy(() -> Json.parse(text))
        .isInstanceOf(Json.MalformedJsonException.class)
        .hasMessageContaining("at offset");
  }

  @Test
  void parse_deepNesting_isRefusedNotOverflowed() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);

    assertThatThrownBy(() -> Json.parse(deep)).hasMessageContaining("nesting too deep");
  }

  @Test
  void write_escapesControlCharactersAndQuotes() {
    var map = new LinkedHashMap<String, Object>();
    map.put("s", "a\"b\\c\n\u0001");
    map.put("n", null);
    map.put("whole", 2.0);
    map.put("part", 0.5);
    map.put("list", Arrays.asList(1L, false, null));

    assertThat(Json.write(map)).isEqualTo(
        "{\"s\":\"a\\\"b\\\\c\\n\\u0001\",\"n\":null,\"whole\":2,\"part\":0.5,"
            + "\"list\":[1,false,null]}");
  }

  @Test
  void writeThenParse_roundTripsNestedValues() {
    var inner = new ArrayList<Object>(List.of("x", 3L, 1.25, Map.of("k", "v")));
    var value = new LinkedHashMap<String, Object>();
    value.put("inner", inner);
    value.put("flag", true);
    value.put("unicode", "\u00e9\u4e2d\ud83d\ude00");

    assertThat(Json.parse(Json.write(value))).isEqualTo(value);
  }

  @Test
  void referenceExamples_parseAndShapesCompareByMembersAndTypes() {
    var detail = JsonShapes.reference("instance-detail");

    assertThat(JsonShapes.differences(detail, detail)).isEmpty();
    assertThat(JsonShapes.differences(detail, Map.of("data", Map.of())))
        .singleElement().asString().startsWith("$.data: members []");
    assertThat(JsonShapes.differences(Map.of("a", 1L), Map.of("a", "1")))
        .containsExactly("$.a: expected a number, got string");
  }
}
