package io.canopywave.tf.value;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A cty value: always typed, possibly null or unknown.
 *
 * <p>A value in a {@code dynamic} slot is an ordinary value of its concrete type; only the codecs
 * care that the slot was dynamic. {@link Null} and {@link Unknown} carry their type, which may be
 * {@link CtyType#DYNAMIC}.
 */
public sealed interface CtyValue {

  CtyType type();

  default boolean isNull() {
    return this instanceof Null;
  }

  default boolean isKnown() {
    return !(this instanceof Unknown);
  }

  /** True when neither this value nor anything inside it is unknown. */
  default boolean isWhollyKnown() {
    return switch (this) {
      case Unknown u -> false;
      case ListVal l -> l.elements().stream().allMatch(CtyValue::isWhollyKnown);
      case SetVal s -> s.elements().stream().allMatch(CtyValue::isWhollyKnown);
      case MapVal m -> m.elements().values().stream().allMatch(CtyValue::isWhollyKnown);
      case ObjectVal o -> o.attributes().values().stream().allMatch(CtyValue::isWhollyKnown);
      case TupleVal t -> t.elements().stream().allMatch(CtyValue::isWhollyKnown);
      default -> true;
    };
  }

  /** This value with every refinement dropped from the unknowns in it (same instance if none). */
  default CtyValue withoutRefinements() {
    return RefinementStripper.strip(this);
  }

  /**
   * Equality as the client checks plans: unknowns of the same type are equal whatever their
   * refinements say.
   */
  default boolean equalsIgnoringRefinements(CtyValue other) {
    return withoutRefinements().equals(other.withoutRefinements());
  }

  record Null(CtyType type) implements CtyValue {}

  /** An unknown value; refinements are optional facts the client knows about it. */
  record Unknown(CtyType type, Refinements refinements) implements CtyValue {
    public Unknown(CtyType type) {
      this(type, Refinements.NONE);
    }
  }

  record Str(String value) implements CtyValue {
    public CtyType type() {
      return CtyType.STRING;
    }
  }

  /** A number; kept with trailing zeros stripped so that equal numbers are equal records. */
  record Num(BigDecimal value) implements CtyValue {
    public Num {
      value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    public CtyType type() {
      return CtyType.NUMBER;
    }
  }

  record Bool(boolean value) implements CtyValue {
    public CtyType type() {
      return CtyType.BOOL;
    }
  }

  record ListVal(CtyType elementType, List<CtyValue> elements) implements CtyValue {
    public ListVal {
      elements = List.copyOf(elements);
    }

    public CtyType type() {
      return new CtyType.ListOf(elementType);
    }
  }

  /**
   * A set; iteration order is the insertion order, equality ignores order. Equal wholly known
   * elements collapse; elements holding unknowns never do (see {@link CtyValue#set}).
   */
  record SetVal(CtyType elementType, Set<CtyValue> elements) implements CtyValue {
    public SetVal {
      elements = SetElements.of(elements);
    }

    public CtyType type() {
      return new CtyType.SetOf(elementType);
    }
  }

  record MapVal(CtyType elementType, SortedMap<String, CtyValue> elements) implements CtyValue {
    public MapVal {
      elements = Collections.unmodifiableSortedMap(new TreeMap<>(elements));
    }

    public CtyType type() {
      return new CtyType.MapOf(elementType);
    }
  }

  /** An object; holds a value (possibly null) for every attribute of its type. */
  record ObjectVal(CtyType.ObjectOf type, SortedMap<String, CtyValue> attributes)
      implements CtyValue {
    public ObjectVal {
      attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
      if (!attributes.keySet().equals(type.attributes().keySet())) {
        throw new IllegalArgumentException(
            "object attributes " + attributes.keySet() + " do not match its type "
                + type.attributes().keySet());
      }
    }

    public CtyValue get(String name) {
      CtyValue value = attributes.get(name);
      if (value == null) {
        throw new IllegalArgumentException("object has no attribute " + name);
      }
      return value;
    }

    /** A copy with one attribute replaced. */
    public ObjectVal with(String name, CtyValue value) {
      get(name);
      TreeMap<String, CtyValue> copy = new TreeMap<>(attributes);
      copy.put(name, value);
      return new ObjectVal(type, copy);
    }
  }

  record TupleVal(CtyType.TupleOf type, List<CtyValue> elements) implements CtyValue {
    public TupleVal {
      elements = List.copyOf(elements);
    }
  }

  static CtyValue nullOf(CtyType type) {
    return new Null(type);
  }

  static CtyValue unknown(CtyType type) {
    return new Unknown(type);
  }

  static CtyValue string(String value) {
    return new Str(value);
  }

  static CtyValue number(long value) {
    return new Num(BigDecimal.valueOf(value));
  }

  static CtyValue number(BigDecimal value) {
    return new Num(value);
  }

  static CtyValue bool(boolean value) {
    return new Bool(value);
  }

  /** A string value, or null of string type when {@code value} is null. */
  static CtyValue stringOrNull(String value) {
    return value == null ? new Null(CtyType.STRING) : new Str(value);
  }

  static ListVal list(CtyType elementType, List<? extends CtyValue> elements) {
    return new ListVal(elementType, List.copyOf(elements));
  }

  /**
   * A set of the given elements. Equal wholly known elements collapse; elements that contain an
   * unknown are all kept, since the client treats every unknown as possibly distinct.
   */
  static SetVal set(CtyType elementType, Collection<? extends CtyValue> elements) {
    return new SetVal(elementType, SetElements.of(elements));
  }

  static MapVal map(CtyType elementType, Map<String, ? extends CtyValue> elements) {
    return new MapVal(elementType, new TreeMap<>(elements));
  }

  static ObjectVal object(CtyType.ObjectOf type, Map<String, CtyValue> attributes) {
    return new ObjectVal(type, new TreeMap<>(attributes));
  }
}
