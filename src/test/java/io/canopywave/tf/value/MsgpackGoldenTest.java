package io.canopywave.tf.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Pins the exact bytes the client expects, and checks each decodes back. */
class MsgpackGoldenTest {
  private static final HexFormat HEX = HexFormat.ofDelimiter(" ");
  private static final CtyType.ObjectOf AB =
      CtyType.ObjectOf.of(Map.of("a", CtyType.STRING, "b", CtyType.NUMBER));

  static Stream<Arguments> goldenEncodings() {
    return Stream.of(
        golden("object with sorted keys", AB,
            CtyValue.object(AB, Map.of("b", CtyValue.number(1), "a", CtyValue.string("x"))),
            "82 a1 61 a1 78 a1 62 01"),
        golden("object with a null attribute", AB,
            CtyValue.object(AB, Map.of("a", CtyValue.nullOf(CtyType.STRING),
                "b", CtyValue.unknown(CtyType.NUMBER))),
            "82 a1 61 c0 a1 62 d4 00 00"),
        golden("unknown string", CtyType.STRING, CtyValue.unknown(CtyType.STRING), "d4 00 00"),
        golden("null string", CtyType.STRING, CtyValue.nullOf(CtyType.STRING), "c0"),
        golden("true", CtyType.BOOL, CtyValue.bool(true), "c3"),
        golden("false", CtyType.BOOL, CtyValue.bool(false), "c2"),
        golden("utf-8 string", CtyType.STRING, CtyValue.string("é"), "a2 c3 a9"),
        golden("dynamic string", CtyType.DYNAMIC, CtyValue.string("hi"),
            "92 c4 08 22 73 74 72 69 6e 67 22 a2 68 69"),
        golden("dynamic null of a concrete type", CtyType.DYNAMIC,
            CtyValue.nullOf(CtyType.BOOL), "92 c4 06 22 62 6f 6f 6c 22 c0"),
        golden("dynamic unknown of a concrete type", CtyType.DYNAMIC,
            CtyValue.unknown(CtyType.BOOL), "92 c4 06 22 62 6f 6f 6c 22 d4 00 00"),
        golden("null dynamic", CtyType.DYNAMIC, CtyValue.nullOf(CtyType.DYNAMIC), "c0"),
        golden("unknown dynamic", CtyType.DYNAMIC, CtyValue.unknown(CtyType.DYNAMIC),
            "d4 00 00"),
        golden("dynamic list", CtyType.DYNAMIC,
            CtyValue.list(CtyType.NUMBER, List.of(CtyValue.number(7))),
            "92 c4 11 5b 22 6c 69 73 74 22 2c 22 6e 75 6d 62 65 72 22 5d 91 07"),
        golden("decimal that no double holds, as text", CtyType.NUMBER,
            CtyValue.number(new BigDecimal("0.1")), "a3 30 2e 31"),
        golden("integer beyond 64 bits, as text", CtyType.NUMBER,
            CtyValue.number(new BigDecimal("18446744073709551616")),
            "b4 31 38 34 34 36 37 34 34 30 37 33 37 30 39 35 35 31 36 31 36"),
        golden("exact fraction as float64", CtyType.NUMBER,
            CtyValue.number(new BigDecimal("1.5")), "cb 3f f8 00 00 00 00 00 00"),
        golden("negative fraction as float64", CtyType.NUMBER,
            CtyValue.number(new BigDecimal("-0.25")), "cb bf d0 00 00 00 00 00 00"),
        golden("zero", CtyType.NUMBER, CtyValue.number(new BigDecimal("0.000")), "00"),
        golden("integral decimal as int", CtyType.NUMBER,
            CtyValue.number(new BigDecimal("1.2E+3")), "cd 04 b0"),
        number(127, "7f"),
        number(128, "cc 80"),
        number(255, "cc ff"),
        number(256, "cd 01 00"),
        number(65_536, "ce 00 01 00 00"),
        number(4_294_967_296L, "cf 00 00 00 01 00 00 00 00"),
        number(Long.MAX_VALUE, "cf 7f ff ff ff ff ff ff ff"),
        number(-1, "ff"),
        number(-32, "e0"),
        number(-33, "d0 df"),
        number(-128, "d0 80"),
        number(-129, "d1 ff 7f"),
        number(-32_768, "d1 80 00"),
        number(-32_769, "d2 ff ff 7f ff"),
        number(Integer.MIN_VALUE, "d2 80 00 00 00"),
        number(Integer.MIN_VALUE - 1L, "d3 ff ff ff ff 7f ff ff ff"),
        number(Long.MIN_VALUE, "d3 80 00 00 00 00 00 00 00"),
        golden("uint64 max", CtyType.NUMBER,
            CtyValue.number(new BigDecimal("18446744073709551615")),
            "cf ff ff ff ff ff ff ff ff"),
        golden("list", CtyType.list(CtyType.STRING),
            CtyValue.list(CtyType.STRING, List.of(CtyValue.string("a"), CtyValue.string("b"))),
            "92 a1 61 a1 62"),
        golden("empty set", CtyType.set(CtyType.STRING),
            CtyValue.set(CtyType.STRING, List.of()), "90"),
        golden("map in key order", CtyType.map(CtyType.BOOL),
            CtyValue.map(CtyType.BOOL, Map.of("z", CtyValue.bool(true),
                "y", CtyValue.bool(false))),
            "82 a1 79 c2 a1 7a c3"),
        golden("tuple", new CtyType.TupleOf(List.of(CtyType.STRING, CtyType.BOOL)),
            new CtyValue.TupleVal(new CtyType.TupleOf(List.of(CtyType.STRING, CtyType.BOOL)),
                List.of(CtyValue.string("a"), CtyValue.bool(true))),
            "92 a1 61 c3"));
  }

  private static Arguments golden(String name, CtyType type, CtyValue value, String hex) {
    return Arguments.of(name, type, value, hex);
  }

  private static Arguments number(long value, String hex) {
    return golden(Long.toString(value), CtyType.NUMBER, CtyValue.number(value), hex);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenEncodings")
  void encode_goldenCase_writesExactBytes(String name, CtyType type, CtyValue value, String hex) {
    assertThat(HEX.formatHex(Msgpack.encode(value, type))).isEqualTo(hex);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenEncodings")
  void decode_goldenBytes_readsTheValue(String name, CtyType type, CtyValue value, String hex) {
    assertThat(Msgpack.decode(HEX.parseHex(hex), type)).isEqualTo(value);
  }

  @Test
  void encode_objectWithFiveAttributes_writesThemInNameOrder() {
    CtyType.ObjectOf type = CtyType.ObjectOf.of(Map.of("e", CtyType.BOOL, "c", CtyType.BOOL,
        "a", CtyType.BOOL, "d", CtyType.BOOL, "b", CtyType.BOOL));
    CtyValue value = Values.object(type, Map.of("c", true));

    assertThat(HEX.formatHex(Msgpack.encode(value, type)))
        .isEqualTo("85 a1 61 c0 a1 62 c0 a1 63 c3 a1 64 c0 a1 65 c0");
  }
}
