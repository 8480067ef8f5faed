package io.canopywave.tf.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CodecRoundTripPropertiesTest {

  @Property(tries = 300)
  void msgpack_anyValueOfAnyType_decodesToTheSameValue(
      @ForAll("valuesWithUnknowns") CtyArbitraries.Typed typed) {
    byte[] bytes = Msgpack.encode(typed.value(), typed.type());

    assertThat(Msgpack.decode(bytes, typed.type())).isEqualTo(typed.value());
  }

  @Property(tries = 300)
  void json_anyKnownValueOfAnyType_decodesToTheSameValue(
      @ForAll("knownValues") CtyArbitraries.Typed typed) {
    byte[] json = CtyJson.encode(typed.value(), typed.type());

    assertThat(CtyJson.decode(json, typed.type())).isEqualTo(typed.value());
  }

  @Property(tries = 150)
  void json_anyKnownObject_decodesLenientlyToTheSameValue(
      @ForAll("knownObjects") CtyArbitraries.Typed typed) {
    byte[] json = CtyJson.encode(typed.value(), typed.type());

    assertThat(CtyJson.decodeLenient(json, (CtyType.ObjectOf) typed.type()))
        .isEqualTo(typed.value());
  }

  @Property(tries = 200)
  void msgpack_truncatedEncoding_failsWithADecodeError(
      @ForAll("truncations") Truncated truncated) {
    assertThatThrownBy(() -> Msgpack.decode(truncated.bytes(), truncated.type()))
        .isInstanceOf(ValueDecodeException.class);
  }

  @Property(tries = 200)
  void msgpack_corruptedByte_decodesOrFailsWithADecodeErrorOnly(
      @ForAll("corruptions") Truncated corrupted) {
    try {
      Msgpack.decode(corrupted.bytes(), corrupted.type());
    } catch (ValueDecodeException expected) {
      assertThat(expected.getMessage()).startsWith("invalid value at ");
    }
  }

  record Truncated(CtyType type, byte[] bytes) {}

  @Provide
  Arbitrary<CtyArbitraries.Typed> valuesWithUnknowns() {
    return CtyArbitraries.typedValues(3, true);
  }

  @Provide
  Arbitrary<CtyArbitraries.Typed> knownValues() {
    return CtyArbitraries.typedValues(3, false);
  }

  @Provide
  Arbitrary<CtyArbitraries.Typed> knownObjects() {
    return CtyArbitraries.types(3, true)
        .map(t -> (CtyType) CtyType.ObjectOf.of(Map.of("root", t, "other_", t)))
        .flatMap(t -> CtyArbitraries.values(t, false)
            .filter(v -> !v.isNull())
            .map(v -> new CtyArbitraries.Typed(t, v)));
  }

  @Provide
  Arbitrary<Truncated> truncations() {
    return encodings().filter(e -> e.bytes().length > 1).flatMap(e ->
        Arbitraries.integers().between(1, e.bytes().length - 1)
            .map(cut -> new Truncated(e.type(), Arrays.copyOf(e.bytes(), cut))));
  }

  @Provide
  Arbitrary<Truncated> corruptions() {
    return encodings().flatMap(e -> Combinators.combine(
            Arbitraries.integers().between(0, e.bytes().length - 1),
            Arbitraries.integers().between(0, 255))
        .as((at, replacement) -> {
          byte[] copy = e.bytes().clone();
          copy[at] = (byte) (int) replacement;
          return new Truncated(e.type(), copy);
        }));
  }

  private Arbitrary<Truncated> encodings() {
    return CtyArbitraries.typedValues(3, true)
        .map(t -> new Truncated(t.type(), Msgpack.encode(t.value(), t.type())));
  }
}
