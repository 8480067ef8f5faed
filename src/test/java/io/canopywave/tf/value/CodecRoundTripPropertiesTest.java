package io.canopywave.tf.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.canopywave.tf.testing.Gen;
import io.canopywave.tf.testing.Property;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class CodecRoundTripPropertiesTest {

  @TestFactory
  Stream<DynamicTest> msgpack_anyValueOfAnyType_decodesToTheSameValue() {
    return Property.forAll(CtyGenerators.typedValues(3, true)).tries(300).check(typed -> {
      byte[] bytes = Msgpack.encode(typed.value(), typed.type());

      assertThat(Msgpack.decode(bytes, typed.type())).isEqualTo(typed.value());
    });
  }

  @TestFactory
  Stream<DynamicTest> json_anyKnownValueOfAnyType_decodesToTheSameValue() {
    return Property.forAll(CtyGenerators.typedValues(3, false)).tries(300).check(typed -> {
      byte[] json = CtyJson.encode(typed.value(), typed.type());

      assertThat(CtyJson.decode(json, typed.type())).isEqualTo(typed.value());
    });
  }

  @TestFactory
  Stream<DynamicTest> json_anyKnownObject_decodesLenientlyToTheSameValue() {
    return Property.forAll(knownObjects()).tries(150).check(typed -> {
      byte[] json = CtyJson.encode(typed.value(), typed.type());

      assertThat(CtyJson.decodeLenient(json, (CtyType.ObjectOf) typed.type()))
          .isEqualTo(typed.value());
    });
  }

  @TestFactory
  Stream<DynamicTest> msgpack_truncatedEncoding_failsWithADecodeError() {
    return Property.forAll(truncations()).tries(200).check(truncated ->
        assertThatThrownBy(() -> Msgpack.decode(truncated.bytes(), truncated.type()))
            .isInstanceOf(ValueDecodeException.class));
  }

  @TestFactory
  Stream<DynamicTest> msgpack_corruptedByte_decodesOrFailsWithADecodeErrorOnly() {
    return Property.forAll(corruptions()).tries(200).check(corrupted -> {
      try {
        Msgpack.decode(corrupted.bytes(), corrupted.type());
      } catch (ValueDecodeException expected) {
        assertThat(expected.getMessage()).startsWith("invalid value at ");
      }
    });
  }

  /** A type and bytes that may or may not encode a value of it. */
  record Encoding(CtyType type, byte[] bytes) {
    @Override
    public String toString() {
      return type + " " + HexFormat.of().formatHex(bytes);
    }
  }

  private static Gen<CtyGenerators.Typed> knownObjects() {
    return CtyGenerators.types(3, true)
        .map(t -> (CtyType) CtyType.ObjectOf.of(Map.of("root", t, "other_", t)))
        .flatMap(t -> CtyGenerators.values(t, false)
            .filter(v -> !v.isNull())
            .map(v -> new CtyGenerators.Typed(t, v)));
  }

  private static Gen<Encoding> truncations() {
    return encodings().filter(e -> e.bytes().length > 1).flatMap(e ->
        Gen.ints(1, e.bytes().length - 1)
            .map(cut -> new Encoding(e.type(), Arrays.copyOf(e.bytes(), cut))));
  }

  private static Gen<Encoding> corruptions() {
    return encodings().flatMap(e -> Gen.zip(
        Gen.ints(0, e.bytes().length - 1), Gen.ints(0, 255), (at, replacement) -> {
          byte[] copy = e.bytes().clone();
          copy[at] = (byte) (int) replacement;
          return new Encoding(e.type(), copy);
        }));
  }

  private static Gen<Encoding> encodings() {
    return CtyGenerators.typedValues(3, true)
        .map(t -> new Encoding(t.type(), Msgpack.encode(t.value(), t.type())));
  }
}
