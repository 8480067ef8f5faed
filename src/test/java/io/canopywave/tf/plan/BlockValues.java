package io.canopywave.tf.plan;

import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.schema.NestedBlock;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds block values for tests in a few words: {@code object(block, "name", "web", "size", 8)}
 * gives every attribute left out a null and every block left out its absent form (null for
 * SINGLE, empty for LIST, SET and MAP), as the client would.
 */
public final class BlockValues {
  private BlockValues() {}

  /** Java strings, numbers and booleans become cty values; cty values pass through. */
  public static CtyValue.ObjectVal object(Block block, Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values must come in pairs");
    }
    Map<String, CtyValue> values = new TreeMap<>();
    block.attributes().forEach(a -> values.put(a.name(), CtyValue.nullOf(a.type())));
    block.blocks().forEach(b -> values.put(b.typeName(), NestedValues.absent(b)));
    for (int i = 0; i < namesAndValues.length; i += 2) {
      String name = (String) namesAndValues[i];
      if (!values.containsKey(name)) {
        throw new IllegalArgumentException("the block has no attribute or block " + name);
      }
      values.put(name, value(namesAndValues[i + 1]));
    }
    return CtyValue.object(block.impliedType(), values);
  }

  /** The same object with some attributes or blocks replaced. */
  public static CtyValue.ObjectVal with(CtyValue object, Object... namesAndValues) {
    CtyValue.ObjectVal result = (CtyValue.ObjectVal) object;
    for (int i = 0; i < namesAndValues.length; i += 2) {
      result = result.with((String) namesAndValues[i], value(namesAndValues[i + 1]));
    }
    return result;
  }

  public static CtyValue list(NestedBlock nested, CtyValue... elements) {
    return new CtyValue.ListVal(nested.block().impliedType(), List.of(elements));
  }

  public static CtyValue set(NestedBlock nested, CtyValue... elements) {
    return new CtyValue.SetVal(nested.block().impliedType(),
        new LinkedHashSet<>(Arrays.asList(elements)));
  }

  /** A MAP block value from alternating keys and block objects. */
  public static CtyValue map(NestedBlock nested, Object... keysAndElements) {
    Map<String, CtyValue> elements = new TreeMap<>();
    for (int i = 0; i < keysAndElements.length; i += 2) {
      elements.put((String) keysAndElements[i], (CtyValue) keysAndElements[i + 1]);
    }
    return new CtyValue.MapVal(nested.block().impliedType(), new TreeMap<>(elements));
  }

  public static CtyValue stringSet(String... elements) {
    LinkedHashSet<CtyValue> values = new LinkedHashSet<>();
    Arrays.stream(elements).forEach(e -> values.add(CtyValue.string(e)));
    return new CtyValue.SetVal(CtyType.STRING, values);
  }

  /** A map of strings from alternating keys and values. */
  public static CtyValue stringMap(String... keysAndValues) {
    Map<String, CtyValue> elements = new TreeMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      elements.put(keysAndValues[i], CtyValue.string(keysAndValues[i + 1]));
    }
    return new CtyValue.MapVal(CtyType.STRING, new TreeMap<>(elements));
  }

  public static CtyValue unknown(Attribute attribute) {
    return CtyValue.unknown(attribute.type());
  }

  static CtyValue value(Object value) {
    return switch (value) {
      case CtyValue v -> v;
      case String s -> CtyValue.string(s);
      case Integer n -> CtyValue.number(n);
      case Long n -> CtyValue.number(n);
      case BigDecimal n -> CtyValue.number(n);
      case Boolean b -> CtyValue.bool(b);
      default -> throw new IllegalArgumentException("no cty value for " + value);
    };
  }
}
