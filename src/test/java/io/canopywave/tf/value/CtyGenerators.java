package io.canopywave.tf.value;

import static io.canopywave.tf.testing.Gen.weight;

import io.canopywave.tf.testing.Gen;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Random cty types (nested to a chosen depth) and values that conform to them. */
final class CtyGenerators {
  private CtyGenerators() {}

  /** A type and a value of it. */
  record Typed(CtyType type, CtyValue value) {}

  static Gen<Typed> typedValues(int depth, boolean withUnknowns) {
    return types(depth, true).flatMap(t -> values(t, withUnknowns).map(v -> new Typed(t, v)));
  }

  static Gen<CtyType> types(int depth, boolean withDynamic) {
    Gen<CtyType> leaves = withDynamic
        ? Gen.of(CtyType.STRING, CtyType.NUMBER, CtyType.BOOL, CtyType.DYNAMIC)
        : Gen.of(CtyType.STRING, CtyType.NUMBER, CtyType.BOOL);
    if (depth == 0) {
      return leaves;
    }
    Gen<CtyType> inner = types(depth - 1, withDynamic);
    return Gen.frequency(
        weight(2, leaves),
        weight(1, inner.map(CtyType::list)),
        weight(1, inner.map(CtyType::set)),
        weight(1, inner.map(CtyType::map)),
        weight(3, Gen.maps(attributeNames(), inner, 4).map(CtyType.ObjectOf::of)),
        weight(1, inner.list(3).map(CtyType.TupleOf::new)));
  }

  static Gen<CtyValue> values(CtyType type, boolean withUnknowns) {
    Gen<CtyValue> known = knownValues(type, withUnknowns);
    if (!withUnknowns) {
      return Gen.frequency(weight(6, known), weight(1, Gen.constant(CtyValue.nullOf(type))));
    }
    return Gen.frequency(
        weight(6, known),
        weight(1, Gen.constant(CtyValue.nullOf(type))),
        weight(1, Gen.constant(CtyValue.unknown(type))));
  }

  private static Gen<CtyValue> knownValues(CtyType type, boolean withUnknowns) {
    return switch (type) {
      case CtyType.Primitive p -> switch (p) {
        case STRING -> strings().map(CtyValue::string);
        case NUMBER -> numbers().map(CtyValue::number);
        case BOOL -> Gen.booleans().map(CtyValue::bool);
      };
      // A dynamic slot holds a value of some concrete type.
      case CtyType.Dynamic d -> types(2, false).flatMap(t -> values(t, withUnknowns));
      case CtyType.ListOf l -> values(l.element(), withUnknowns).list(3)
          .map(elements -> CtyValue.list(l.element(), elements));
      case CtyType.SetOf s -> values(s.element(), withUnknowns).list(3)
          .map(elements -> CtyValue.set(s.element(), elements));
      case CtyType.MapOf m -> Gen.maps(strings(), values(m.element(), withUnknowns), 3)
          .map(elements -> CtyValue.map(m.element(), elements));
      case CtyType.ObjectOf o -> objects(o, withUnknowns);
      case CtyType.TupleOf t -> {
        List<Gen<CtyValue>> parts = new ArrayList<>();
        t.elements().forEach(e -> parts.add(values(e, withUnknowns)));
        yield Gen.sequence(parts).map(elements -> new CtyValue.TupleVal(t, elements));
      }
    };
  }

  private static Gen<CtyValue> objects(CtyType.ObjectOf type, boolean withUnknowns) {
    List<String> names = new ArrayList<>(type.attributes().keySet());
    List<Gen<CtyValue>> parts = new ArrayList<>();
    names.forEach(name -> parts.add(values(type.attribute(name), withUnknowns)));
    return Gen.sequence(parts).map(values -> {
      Map<String, CtyValue> attributes = new TreeMap<>();
      for (int i = 0; i < names.size(); i++) {
        attributes.put(names.get(i), values.get(i));
      }
      return CtyValue.object(type, attributes);
    });
  }

  static Gen<String> attributeNames() {
    String alphabet = "abcdefghijklmnopqrstuvwxyz_";
    return Gen.strings(Gen.ints(0, alphabet.length() - 1).map(alphabet::codePointAt), 1, 6);
  }

  /** NFC text drawn from plain ASCII, controls, accents, combining marks, CJK and emoji. */
  static Gen<String> strings() {
    Gen<Integer> codePoints = Gen.frequency(
        weight(8, Gen.ints(0x20, 0x7e)),
        weight(1, Gen.ints(0x00, 0x1f)),
        weight(1, Gen.ints(0xa0, 0xff)),
        weight(1, Gen.ints(0x300, 0x36f)),
        weight(1, Gen.ints(0x1100, 0x1175)),
        weight(1, Gen.ints(0x4e00, 0x4e40)),
        weight(1, Gen.ints(0x1f600, 0x1f640)));
    return Gen.strings(codePoints, 0, 8)
        .map(text -> Normalizer.normalize(text, Normalizer.Form.NFC));
  }

  /** Numbers of every encoding: each integer width, uint64, doubles, long decimals. */
  static Gen<BigDecimal> numbers() {
    BigInteger uint64Max = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    BigInteger hugeInteger = BigInteger.TEN.pow(40);
    return Gen.oneOf(
        Gen.longs().map(BigDecimal::valueOf),
        Gen.ints(-40, 300).map(BigDecimal::valueOf),
        Gen.bigIntegers(BigInteger.ZERO, uint64Max).map(BigDecimal::new),
        Gen.doubles().map(BigDecimal::new),
        Gen.zip(Gen.bigIntegers(hugeInteger.negate(), hugeInteger), Gen.ints(-30, 30),
            BigDecimal::new));
  }
}
