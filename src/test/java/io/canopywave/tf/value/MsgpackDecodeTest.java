package io.canopywave.tf.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the decoder accepts beyond what the encoder writes, and how it refuses bad input. */
class MsgpackDecodeTest {
  private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

  private static CtyValue decode(String hex, CtyType type) {
    return Msgpack.decode(HEX.parseHex(hex), type);
  }

  @Test
  void decode_emptyBytes_isNullOfTheType() {
    CtyType type = CtyType.list(CtyType.STRING);

    assertThat(Msgpack.decode(new byte[0], type)).isEqualTo(CtyValue.nullOf(type));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "05, 5",
      "cc 05, 5",
      "cd 00 05, 5",
      "ce 00 00 00 05, 5",
      "cf 00 00 00 00 00 00 00 05, 5",
      "d0 fb, -5",
      "d1 ff fb, -5",
      "d2 ff ff ff fb, -5",
      "d3 ff ff ff ff ff ff ff fb, -5",
      "cf ff ff ff ff ff ff ff ff, 18446744073709551615",
      "ca 3f c0 00 00, 1.5",
      "cb 40 09 00 00 00 00 00 00, 3.125",
      "a4 32 2e 35 30, 2.5",
      "a4 31 65 32 30, 1E+20",
      "d9 03 2d 30 37, -7",
  })
  void decode_everyNumberForm_readsTheNumber(String hex, String expected) {
    assertThat(decode(hex, CtyType.NUMBER)).isEqualTo(CtyValue.number(new BigDecimal(expected)));
  }

  @Test
  void decode_decimalStringBeyondDoublePrecision_keepsEveryDigit() {
    String digits = "3.14159265358979323846264338327950288419716939937510";
    byte[] text = digits.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[text.length + 2];
    bytes[0] = (byte) 0xd9;
    bytes[1] = (byte) text.length;
    System.arraycopy(text, 0, bytes, 2, text.length);

    assertThat(Msgpack.decode(bytes, CtyType.NUMBER))
        .isEqualTo(CtyValue.number(new BigDecimal(digits)));
  }

  @Test
  void decode_infiniteFloat_isRefusedWithTheReason() {
    assertThatThrownBy(() -> decode("cb 7f f0 00 00 00 00 00 00", CtyType.NUMBER))
        .isInstanceOf(ValueDecodeException.class)
        .hasMessageContaining("infinite");
  }

  @Test
  void decode_textThatIsNoNumber_isRefused() {
    assertThatThrownBy(() -> decode("a3 49 6e 66", CtyType.NUMBER))
        .isInstanceOf(ValueDecodeException.class)
        .hasMessage("invalid value at (root): expected a number, found the string \"Inf\"");
  }

  @Test
  void decode_decomposedString_isNormalisedToNfc() {
    // "e" followed by U+0301 COMBINING ACUTE ACCENT.
    assertThat(decode("a3 65 cc 81", CtyType.STRING)).isEqualTo(CtyValue.string("é"));
  }

  @Test
  void decode_refinedUnknownString_readsNullnessAndPrefix() {
    // ext 12 holding {1: false, 2: "ab"}
    CtyValue value = decode("c7 07 0c 82 01 c2 02 a2 61 62", CtyType.STRING);

    assertThat(value).isEqualTo(new CtyValue.Unknown(CtyType.STRING,
        new Refinements(true, "ab", null, null, null, null)));
  }

  @Test
  void decode_refinedUnknownNumber_readsBothBounds() {
    // ext 12 holding {3: [0, true], 4: [10.5, false]}
    CtyValue value = decode(
        "c7 11 0c 82 03 92 00 c3 04 92 cb 40 25 00 00 00 00 00 00 c2", CtyType.NUMBER);

    assertThat(value).isEqualTo(new CtyValue.Unknown(CtyType.NUMBER, new Refinements(null, null,
        new Refinements.Bound(BigDecimal.ZERO, true),
        new Refinements.Bound(new BigDecimal("10.5"), false), null, null)));
  }

  @Test
  void decode_refinedUnknownList_readsLengthBoundsAndSkipsUnknownKeys() {
    // ext 12 holding {5: 1, 9: "future", 6: 10}
    CtyValue value = decode(
        "c7 0d 0c 83 05 01 09 a6 66 75 74 75 72 65 06 0a", CtyType.list(CtyType.STRING));

    assertThat(value).isEqualTo(new CtyValue.Unknown(CtyType.list(CtyType.STRING),
        new Refinements(null, null, null, null, 1L, 10L)));
  }

  @Test
  void decode_refinementSayingDefinitelyNull_isANull() {
    assertThat(decode("c7 03 0c 81 01 c3", CtyType.BOOL)).isEqualTo(CtyValue.nullOf(CtyType.BOOL));
  }

  @Test
  void decode_refinementOnDynamic_isDropped() {
    assertThat(decode("c7 03 0c 81 01 c2", CtyType.DYNAMIC))
        .isEqualTo(CtyValue.unknown(CtyType.DYNAMIC));
  }

  @Test
  void decode_extensionOfAnUnknownType_isAPlainUnknown() {
    assertThat(decode("d6 05 01 02 03 04", CtyType.STRING))
        .isEqualTo(CtyValue.unknown(CtyType.STRING));
  }

  @Test
  void decode_refinedUnknown_equalsThePlainUnknownIgnoringRefinements() {
    CtyValue refined = decode("c7 07 0c 82 01 c2 02 a2 61 62", CtyType.STRING);

    assertThat(refined).isNotEqualTo(CtyValue.unknown(CtyType.STRING));
    assertThat(refined.equalsIgnoringRefinements(CtyValue.unknown(CtyType.STRING))).isTrue();
  }

  @Test
  void decode_dynamicWithTypeAsString_isAccepted() {
    assertThat(decode("92 a8 22 73 74 72 69 6e 67 22 a2 68 69", CtyType.DYNAMIC))
        .isEqualTo(CtyValue.string("hi"));
  }

  @Test
  void decode_dynamicWithInvalidType_namesTheProblem() {
    assertThatThrownBy(() -> decode("92 c4 05 22 69 6e 74 22 01", CtyType.DYNAMIC))
        .isInstanceOf(ValueDecodeException.class)
        .hasMessageContaining("invalid type");
  }

  @Test
  void decode_dynamicWithAMalformedObjectType_isRefused() {
    // type JSON ["object",5]
    assertThatThrownBy(() -> decode("92 c4 0c 5b 22 6f 62 6a 65 63 74 22 2c 35 5d 80",
        CtyType.DYNAMIC))
        .isInstanceOf(ValueDecodeException.class)
        .hasMessageContaining("object type needs attribute types");
  }

  @Test
  void decode_setWithDuplicates_collapsesKnownOnesAndKeepsUnknownOnes() {
    CtyValue value = decode("95 a1 61 a1 61 d4 00 00 d4 00 00 a1 62", CtyType.set(CtyType.STRING));

    CtyValue.SetVal set = (CtyValue.SetVal) value;
    assertThat(set.elements()).hasSize(4);
    assertThat(set).isEqualTo(CtyValue.set(CtyType.STRING, List.of(CtyValue.string("a"),
        CtyValue.string("b"), CtyValue.unknown(CtyType.STRING),
        CtyValue.unknown(CtyType.STRING))));
    assertThat(set).isNotEqualTo(CtyValue.set(CtyType.STRING, List.of(CtyValue.string("a"),
        CtyValue.string("b"), CtyValue.unknown(CtyType.STRING))));
  }

  @Test
  void decode_objectMissingAnAttribute_namesIt() {
    CtyType.ObjectOf type = CtyType.ObjectOf.of(Map.of("a", CtyType.STRING, "b", CtyType.BOOL));

    assertThatThrownBy(() -> decode("81 a1 61 a1 78", type))
        .isInstanceOf(ValueDecodeException.class)
        .hasMessage("invalid value at (root): missing attributes [b]");
  }

  @Test
  void decode_objectWithAnExtraAttribute_namesIt() {
    CtyType.ObjectOf type = CtyType.ObjectOf.of(Map.of("a", CtyType.STRING));

    assertThatThrownBy(() -> decode("82 a1 61 a1 78 a1 63 c0", type))
        .isInstanceOf(ValueDecodeException.class)
        .hasMessage("invalid value at (root): unsupported attribute \"c\"");
  }

  @Test
  void decode_objectWithARepeatedAttribute_isRefused() {
    CtyType.ObjectOf type = CtyType.ObjectOf.of(Map.of("a", CtyType.STRING, "b", CtyType.BOOL));

    assertThatThrownBy(() -> decode("82 a1 61 a1 78 a1 61 a1 79", type))
        .isInstanceOf(ValueDecodeException.class)
        .hasMessage("invalid value at .a: the attribute appears twice");
  }

  @Test
  void decode_wrongKindDeepInside_namesThePath() {
    CtyType.ObjectOf timeouts = CtyType.ObjectOf.of(Map.of("create", CtyType.STRING));
    CtyType.ObjectOf type = CtyType.ObjectOf.of(Map.of("timeouts", timeouts));

    assertThatThrownBy(() -> decode("81 a8 74 69 6d 65 6f 75 74 73 81 a6 63 72 65 61 74 65 01",
        type))
        .isInstanceOf(ValueDecodeException.class)
        .hasMessage("invalid value at .timeouts.create: expected a string, found an integer")
        .extracting(e -> ((ValueDecodeException) e).path())
        .isEqualTo(".timeouts.create");
  }

  @Test
  void decode_badElementInAMapInAList_namesKeyAndIndex() {
    CtyType type = CtyType.list(CtyType.map(CtyType.BOOL));

    assertThatThrownBy(() -> decode("92 80 81 a3 65 6e 76 a1 78", type))
        .isInstanceOf(ValueDecodeException.class)
        .hasMessage("invalid value at [1][\"env\"]: expected a bool, found a string");
  }

  @Test
  void decode_tupleOfTheWrongLength_isRefused() {
    CtyType type = new CtyType.TupleOf(List.of(CtyType.STRING, CtyType.NUMBER));

    assertThatThrownBy(() -> decode("91 a1 78", type))
        .isInstanceOf(ValueDecodeException.class)
        .hasMessage("invalid value at (root): a tuple of 2 elements, found 1");
  }

  @Test
  void decode_dynamicArrayOfThree_isRefused() {
    assertThatThrownBy(() -> decode("93 c4 06 22 62 6f 6f 6c 22 c3 c3", CtyType.DYNAMIC))
        .isInstanceOf(ValueDecodeException.class)
        .hasMessageContaining("[type, value]");
  }

  @Test
  void decode_truncatedInput_isRefusedAtThePathReached() {
    CtyType.ObjectOf type = CtyType.ObjectOf.of(Map.of("a", CtyType.STRING, "b", CtyType.BOOL));

    assertThatThrownBy(() -> decode("82 a1 61 a1 78 a1 62", type))
        .isInstanceOf(ValueDecodeException.class)
        .hasMessageStartingWith("invalid value at .b: malformed msgpack");
  }

  @Test
  void decode_bytesAfterTheValue_areRefused() {
    assertThatThrownBy(() -> decode("c3 c3", CtyType.BOOL))
        .isInstanceOf(ValueDecodeException.class)
        .hasMessage("invalid value at (root): unexpected bytes after the value");
  }

  @Test
  void decode_lengthsLargerThanTheInput_failWithoutAllocatingThem() {
    assertThatThrownBy(() -> decode("c9 7f ff ff ff 00", CtyType.STRING))
        .isInstanceOf(ValueDecodeException.class);
    assertThatThrownBy(() -> decode("db 7f ff ff ff", CtyType.STRING))
        .isInstanceOf(ValueDecodeException.class);
    assertThatThrownBy(() -> decode("dd 7f ff ff ff", CtyType.list(CtyType.BOOL)))
        .isInstanceOf(ValueDecodeException.class);
    assertThatThrownBy(() -> decode("92 c6 7f ff ff ff 00", CtyType.DYNAMIC))
        .isInstanceOf(ValueDecodeException.class);
  }

  @Test
  void encode_valueOfTheWrongType_failsNamingThePath() {
    CtyType.ObjectOf type = CtyType.ObjectOf.of(Map.of("size", CtyType.NUMBER));
    CtyValue value = CtyValue.object(type, Map.of("size", CtyValue.string("big")));

    assertThatThrownBy(() -> Msgpack.encode(value, type))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value at .size is of type \"string\", expected \"number\"");
  }

  @Test
  void encode_objectOfAnotherShape_fails() {
    CtyType.ObjectOf wanted = CtyType.ObjectOf.of(Map.of("a", CtyType.BOOL));
    CtyType.ObjectOf other = CtyType.ObjectOf.of(Map.of("b", CtyType.BOOL));

    assertThatThrownBy(() -> Msgpack.encode(Values.object(other, Map.of()), wanted))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value at (root) has attributes [b], expected [a]");
  }
}
