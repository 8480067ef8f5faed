package io.canopywave.tf.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Random cty types (nested to a chosen depth) and values that conform to them. */
final class CtyArbitraries {
  private CtyArbitraries() {}

  /** A type and a value of it. */
  record Typed(CtyType type, CtyValue value) {}

  static Arbitrary<Typed> typedValues(int depth, boolean withUnknowns) {
    return types(depth, true).flatMap(t -> values(t, withUnknowns).map(v -> new Typed(t, v)));
  }

  static Arbitrary<CtyType> types(int depth, boolean withDynamic) {
    Arbitrary<CtyType> leaves = withDynamic
        ? Arbitraries.of(CtyType.STRING, CtyType.NUMBER, CtyType.BOOL, CtyType.DYNAMIC)
        : Arbitraries.of(CtyType.STRING, CtyType.NUMBER, CtyType.BOOL);
    if (depth == 0) {
      return leaves;
    }
    Arbitrary<CtyType> inner = Arbitraries.lazy(() -> types(depth - 1, withDynamic));
    return Arbitraries.frequencyOf(
        Tuple.of(2, leaves),
        Tuple.of(1, inner.map(CtyType::list)),
        Tuple.of(1, inner.map(CtyType::set)),
        Tuple.of(1, inner.map(CtyType::map)),
        Tuple.of(3, Arbitraries.maps(attributeNames(), inner).ofMaxSize(4)
            .map(CtyType.ObjectOf::of)),
        Tuple.of(1, inner.list().ofMaxSize(3).map(CtyType.TupleOf::new)));
  }

  static Arbitrary<CtyValue> values(CtyType type, boolean withUnknowns) {
    Arbitrary<CtyValue> known = knownValues(type, withUnknowns);
    if (!withUnknowns) {
      return Arbitraries.frequencyOf(
          Tuple.of(6, known), Tuple.of(1, Arbitraries.just(CtyValue.nullOf(type))));
    }
    return Arbitraries.frequencyOf(
        Tuple.of(6, known),
        Tuple.of(1, Arbitraries.just(CtyValue.nullOf(type))),
        Tuple.of(1, Arbitraries.just(CtyValue.unknown(type))));
  }

  private static Arbitrary<CtyValue> knownValues(CtyType type, boolean withUnknowns) {
    return switch (type) {
      case CtyType.Primitive p -> switch (p) {
        case STRING -> strings().map(CtyValue::string);
        case NUMBER -> numbers().map(CtyValue::number);
        case BOOL -> Arbitraries.of(true, false).map(CtyValue::bool);
      };
      // A dynamic slot holds a value of some concrete type.
      case CtyType.Dynamic d -> types(2, false).flatMap(t -> values(t, withUnknowns));
      case CtyType.ListOf l -> values(l.element(), withUnknowns).list().ofMaxSize(3)
          .map(elements -> CtyValue.list(l.element(), elements));
      case CtyType.SetOf s -> values(s.element(), withUnknowns).list().ofMaxSize(3)
          .map(elements -> CtyValue.set(s.element(), elements));
      case CtyType.MapOf m -> Arbitraries.maps(strings(), values(m.element(), withUnknowns))
          .ofMaxSize(3).map(elements -> CtyValue.map(m.element(), elements));
      case CtyType.ObjectOf o -> objects(o, withUnknowns);
      case CtyType.TupleOf t -> {
        List<Arbitrary<CtyValue>> parts = new ArrayList<>();
        t.elements().forEach(e -> parts.add(values(e, withUnknowns)));
        yield Combinators.combine(parts).as(elements -> new CtyValue.TupleVal(t, elements));
      }
    };
  }

  private static Arbitrary<CtyValue> objects(CtyType.ObjectOf type, boolean withUnknowns) {
    List<String> names = new ArrayList<>(type.attributes().keySet());
    List<Arbitrary<CtyValue>> parts = new ArrayList<>();
    names.forEach(name -> parts.add(values(type.attribute(name), withUnknowns)));
    return Combinators.combine(parts).as(values -> {
      Map<String, CtyValue> attributes = new TreeMap<>();
      for (int i = 0; i < names.size(); i++) {
        attributes.put(names.get(i), values.get(i));
      }
      return CtyValue.object(type, attributes);
    });
  }

  static Arbitrary<String> attributeNames() {
    return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz_").ofMinLength(1)
        .ofMaxLength(6);
  }

  /** NFC text drawn from plain ASCII, controls, accents, combining marks, CJK and emoji. */
  static Arbitrary<String> strings() {
    Arbitrary<Integer> codePoints = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.integers().between(0x20, 0x7e)),
        Tuple.of(1, Arbitraries.integers().between(0x00, 0x1f)),
        Tuple.of(1, Arbitraries.integers().between(0xa0, 0xff)),
        Tuple.of(1, Arbitraries.integers().between(0x300, 0x36f)),
        Tuple.of(1, Arbitraries.integers().between(0x1100, 0x1175)),
        Tuple.of(1, Arbitraries.integers().between(0x4e00, 0x4e40)),
        Tuple.of(1, Arbitraries.integers().between(0x1f600, 0x1f640)));
    return codePoints.list().ofMaxSize(8).map(points -> {
      StringBuilder text = new StringBuilder();
      points.forEach(text::appendCodePoint);
      return Normalizer.normalize(text, Normalizer.Form.NFC);
    });
  }

  /** Numbers of every encoding: each integer width, uint64, doubles, long decimals. */
  static Arbitrary<BigDecimal> numbers() {
    BigInteger uint64Max = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    return Arbitraries.oneOf(
        Arbitraries.longs().map(BigDecimal::valueOf),
        Arbitraries.integers().between(-40, 300).map(BigDecimal::valueOf),
        Arbitraries.bigIntegers().between(BigInteger.ZERO, uint64Max).map(BigDecimal::new),
        Arbitraries.doubles().map(BigDecimal::new),
        Combinators.combine(
                Arbitraries.bigIntegers().between(
                    BigInteger.TEN.pow(40).negate(), BigInteger.TEN.pow(40)),
                Arbitraries.integers().between(-30, 30))
            .as(BigDecimal::new));
  }
}
