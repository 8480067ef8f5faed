package io.canopywave.tf.value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the attributes of an object value as plain Java values, for resources turning a
 * configuration or state into an API request.
 *
 * <p>Every getter returns Java {@code null} for a null attribute. Reading an unknown attribute
 * as a Java value is a programming error (apply-time values are wholly known; plan-time code
 * must check {@link #isKnown} first) and throws {@link IllegalStateException}.
 */
public final class ObjectReader {
  private final CtyValue.ObjectVal object;

  private ObjectReader(CtyValue.ObjectVal object) {
    this.object = object;
  }

  /**
   * A reader over {@code value}, which must be a known, non-null object.
   *
   * @throws IllegalArgumentException otherwise
   */
  public static ObjectReader of(CtyValue value) {
    if (value instanceof CtyValue.ObjectVal object) {
      return new ObjectReader(object);
    }
    throw new IllegalArgumentException("expected a known object, got " + describe(value));
  }

  public CtyValue.ObjectVal object() {
    return object;
  }

  /** The raw value of an attribute. */
  public CtyValue value(String name) {
    return object.get(name);
  }

  public boolean isNull(String name) {
    return value(name).isNull();
  }

  public boolean isKnown(String name) {
    return value(name).isKnown();
  }

  /** True when the attribute holds neither null nor unknown. */
  public boolean isSet(String name) {
    CtyValue value = value(name);
    return !value.isNull() && value.isKnown();
  }

  public String string(String name) {
    return known(name) instanceof CtyValue.Str s ? s.value() : nullOrFail(name, "a string");
  }

  public String string(String name, String whenNull) {
    String value = string(name);
    return value == null ? whenNull : value;
  }

  public BigDecimal decimal(String name) {
    return known(name) instanceof CtyValue.Num n ? n.value() : nullOrFail(name, "a number");
  }

  /**
   * An integral number attribute.
   *
   * @throws ArithmeticException when it has a fraction or does not fit a long
   */
  public Long longValue(String name) {
    BigDecimal value = decimal(name);
    if (value == null) {
      return null;
    }
    try {
      return value.longValueExact();
    } catch (ArithmeticException e) {
      throw new ArithmeticException("attribute \"" + name + "\" is not a whole number "
          + "within 64 bits: " + value.toPlainString());
    }
  }

  public Boolean bool(String name) {
    // Boxed on purpose: a bare boolean here would unbox the null result.
    return known(name) instanceof CtyValue.Bool b ? Boolean.valueOf(b.value())
        : nullOrFail(name, "a bool");
  }

  public boolean bool(String name, boolean whenNull) {
    Boolean value = bool(name);
    return value == null ? whenNull : value;
  }

  /**
   * A list, set or tuple of strings, in order (sets: in the order received); null elements
   * stay null.
   */
  public List<String> strings(String name) {
    Collection<CtyValue> elements = elements(name);
    if (elements == null) {
      return null;
    }
    List<String> strings = new ArrayList<>(elements.size());
    for (CtyValue element : elements) {
      strings.add(element.isNull() ? null : asString(name, element));
    }
    return Collections.unmodifiableList(strings);
  }

  /** A map of strings, in key order; null elements stay null. */
  public Map<String, String> stringMap(String name) {
    CtyValue value = known(name);
    if (!(value instanceof CtyValue.MapVal map)) {
      return nullOrFail(name, "a map");
    }
    Map<String, String> strings = new LinkedHashMap<>();
    map.elements().forEach((key, element) ->
        strings.put(key, element.isNull() ? null : asString(name, element)));
    return Collections.unmodifiableMap(strings);
  }

  /** A nested object (single block or object attribute), or null. */
  public ObjectReader nested(String name) {
    CtyValue value = known(name);
    if (value instanceof CtyValue.ObjectVal nestedObject) {
      return new ObjectReader(nestedObject);
    }
    return nullOrFail(name, "an object");
  }

  /** The objects of a list, set or tuple (blocks); empty when the attribute is null. */
  public List<ObjectReader> nestedList(String name) {
    Collection<CtyValue> elements = elements(name);
    if (elements == null) {
      return List.of();
    }
    List<ObjectReader> readers = new ArrayList<>(elements.size());
    for (CtyValue element : elements) {
      readers.add(of(element));
    }
    return List.copyOf(readers);
  }

  private Collection<CtyValue> elements(String name) {
    return switch (known(name)) {
      case CtyValue.ListVal l -> l.elements();
      case CtyValue.SetVal s -> s.elements();
      case CtyValue.TupleVal t -> t.elements();
      default -> nullOrFail(name, "a list, set or tuple");
    };
  }

  /** The value, which may be null or hold unknowns inside but must itself be known. */
  private CtyValue known(String name) {
    CtyValue value = value(name);
    if (!value.isKnown()) {
      throw new IllegalStateException("attribute \"" + name + "\" is not known yet");
    }
    return value;
  }

  private <T> T nullOrFail(String name, String expected) {
    CtyValue value = value(name);
    if (value.isNull()) {
      return null;
    }
    throw new IllegalStateException(
        "attribute \"" + name + "\" is " + describe(value) + ", not " + expected);
  }

  private static String asString(String name, CtyValue element) {
    if (element instanceof CtyValue.Str s) {
      return s.value();
    }
    if (!element.isKnown()) {
      throw new IllegalStateException(
          "attribute \"" + name + "\" has an element that is not known yet");
    }
    throw new IllegalStateException(
        "attribute \"" + name + "\" holds " + describe(element) + ", not strings");
  }

  private static String describe(CtyValue value) {
    if (value.isNull()) {
      return "null";
    }
    if (!value.isKnown()) {
      return "unknown";
    }
    return "of type " + value.type().toJson();
  }
}
