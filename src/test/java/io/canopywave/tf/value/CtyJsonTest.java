package io.canopywave.tf.value;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CtyJsonTest {
  private static final CtyType.ObjectOf TIMEOUTS =
      CtyType.ObjectOf.of(Map.of("create", CtyType.STRING));
  private static final CtyType.ObjectOf VOLUME = CtyType.ObjectOf.of(Map.of(
      "name", CtyType.STRING,
      "size", CtyType.NUMBER,
      "tags", CtyType.map(CtyType.STRING),
      "timeouts", TIMEOUTS));

  private static String encode(CtyValue value, CtyType type) {
    return new String(CtyJson.encode(value, type), UTF_8);
  }

  private static CtyValue decode(String json, CtyType type) {
    return CtyJson.decode(json.getBytes(UTF_8), type);
  }

  @Test
  void encode_object_writesEveryAttributeInNameOrder() {
    CtyValue volume = Values.object(VOLUME, Map.of("size", 100, "name", "data",
        "tags", Map.of("env", "prod")));

    assertThat(encode(volume, VOLUME))
        .isEqualTo("{\"name\":\"data\",\"size\":100,\"tags\":{\"env\":\"prod\"},"
            + "\"timeouts\":null}");
  }

  @Test
  void encode_numbers_keepEveryDigitInPlainNotation() {
    BigDecimal precise = new BigDecimal("12345678901234567890.123456789012345678901");

    assertThat(encode(CtyValue.number(precise), CtyType.NUMBER))
        .isEqualTo("12345678901234567890.123456789012345678901");
    assertThat(encode(CtyValue.number(new BigDecimal("1E+3")), CtyType.NUMBER)).isEqualTo("1000");
  }

  @Test
  void encode_dynamic_writesValueThenType() {
    CtyValue list = CtyValue.list(CtyType.BOOL, List.of(CtyValue.bool(true)));

    assertThat(encode(list, CtyType.DYNAMIC))
        .isEqualTo("{\"value\":[true],\"type\":[\"list\",\"bool\"]}");
    assertThat(encode(CtyValue.nullOf(CtyType.DYNAMIC), CtyType.DYNAMIC)).isEqualTo("null");
  }

  @Test
  void encode_unknownAnywhere_failsNamingThePath() {
    CtyValue volume = Values.object(VOLUME, Map.of("timeouts",
        Values.object(TIMEOUTS, Map.of("create", CtyValue.unknown(CtyType.STRING)))));

    assertThatThrownBy(() -> CtyJson.encode(volume, VOLUME))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value at .timeouts.create is unknown, which JSON cannot hold");
  }

  @Test
  void decode_dynamicWithTypeFirst_readsTheValue() {
    assertThat(decode("{\"type\":\"number\",\"value\":4.5}", CtyType.DYNAMIC))
        .isEqualTo(CtyValue.number(new BigDecimal("4.5")));
  }

  @Test
  void decode_dynamicWithValueFirst_readsTheValue() {
    CtyType.ObjectOf type = CtyType.ObjectOf.of(Map.of("a", CtyType.set(CtyType.STRING)));

    String json =
        "{\"value\":{\"a\":[\"x\"]},\"type\":[\"object\",{\"a\":[\"set\",\"string\"]}]}";

    assertThat(decode(json, CtyType.DYNAMIC))
        .isEqualTo(Values.object(type, Map.of("a", List.of("x"))));
  }

  @Test
  void decode_dynamicWithoutType_isRefused() {
    assertThatThrownBy(() -> decode("{\"value\":1}", CtyType.DYNAMIC))
        .isInstanceOf(ValueDecodeException.class)
        .hasMessage("invalid value at (root): a dynamic value has no \"type\"");
  }

  @Test
  void decode_hugeNumber_keepsEveryDigit() {
    String digits = "123456789012345678901234567890.000000000000000000000000001";

    assertThat(decode(digits, CtyType.NUMBER)).isEqualTo(CtyValue.number(new BigDecimal(digits)));
  }

  @Test
  void decode_scalarsInTheirOtherForms_convertAsTheClientDoes() {
    assertThat(decode("12.50", CtyType.STRING)).isEqualTo(CtyValue.string("12.50"));
    assertThat(decode("true", CtyType.STRING)).isEqualTo(CtyValue.string("true"));
    assertThat(decode("\"42\"", CtyType.NUMBER)).isEqualTo(CtyValue.number(42));
    assertThat(decode("\"false\"", CtyType.BOOL)).isEqualTo(CtyValue.bool(false));
  }

  @Test
  void decode_wrongKind_namesThePath() {
    assertThatThrownBy(() -> decode("{\"tags\":{\"env\":[]}}", VOLUME))
        .isInstanceOf(ValueDecodeException.class)
        .hasMessage("invalid value at .tags[\"env\"]: expected a string, found an array");
  }

  @Test
  void decode_unknownAttribute_isRefusedByTheStrictDecoder() {
    assertThatThrownBy(() -> decode("{\"name\":\"a\",\"colour\":\"red\"}", VOLUME))
        .isInstanceOf(ValueDecodeException.class)
        .hasMessage("invalid value at (root): unsupported attribute \"colour\"");
  }

  @Test
  void decode_missingAttributes_areNull() {
    assertThat(decode("{\"name\":\"a\"}", VOLUME))
        .isEqualTo(Values.object(VOLUME, Map.of("name", "a")));
  }

  @Test
  void decodeLenient_unknownKeysAtEveryLevel_areIgnored() {
    String stored = "{\"name\":\"a\",\"removed\":{\"deep\":[1,2]},"
        + "\"timeouts\":{\"create\":\"5m\",\"gone\":true}}";

    assertThat(CtyJson.decodeLenient(stored.getBytes(UTF_8), VOLUME))
        .isEqualTo(Values.object(VOLUME, Map.of("name", "a",
            "timeouts", Map.of("create", "5m"))));
  }

  @Test
  void decodeLenient_null_isRefused() {
    assertThatThrownBy(() -> CtyJson.decodeLenient("null".getBytes(UTF_8), VOLUME))
        .isInstanceOf(ValueDecodeException.class);
  }

  @Test
  void decode_tupleOfTheWrongLength_isRefused() {
    CtyType type = new CtyType.TupleOf(List.of(CtyType.STRING));

    assertThatThrownBy(() -> decode("[\"a\",\"b\"]", type))
        .isInstanceOf(ValueDecodeException.class)
        .hasMessage("invalid value at (root): a tuple of 1 elements, found more");
    assertThatThrownBy(() -> decode("[]", type))
        .isInstanceOf(ValueDecodeException.class)
        .hasMessage("invalid value at (root): a tuple of 1 elements, found 0");
  }

  @Test
  void decode_malformedJson_isRefusedAtThePathReached() {
    assertThatThrownBy(() -> decode("{\"tags\":{\"env\":", VOLUME))
        .isInstanceOf(ValueDecodeException.class)
        .hasMessageStartingWith("invalid value at .tags: malformed JSON");
  }

  @Test
  void decode_contentAfterTheValue_isRefused() {
    assertThatThrownBy(() -> decode("true false", CtyType.BOOL))
        .isInstanceOf(ValueDecodeException.class)
        .hasMessage("invalid value at (root): unexpected content after the value");
  }

  @Test
  void decode_emptyBytes_isNullOfTheType() {
    assertThat(CtyJson.decode(new byte[0], VOLUME)).isEqualTo(CtyValue.nullOf(VOLUME));
  }
}
