package io.canopywave.tf.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds cty values from plain Java values, guided by the type: what resources use to turn API
 * records into states without spelling out every {@link CtyValue} record.
 *
 * <p>Accepted: {@code null} (a null of the type), any {@link CtyValue} (kept as is), {@link
 * String}, {@link Boolean}, integral {@link Number}s, {@link BigDecimal}, finite doubles, a
 * {@link Collection} for list, set and tuple types, and a {@code Map<String, ?>} for map and
 * object types, where missing object attributes become null.
 */
public final class Values {
  private Values() {}

  /**
   * The value of {@code type} that {@code javaValue} stands for.
   *
   * @throws IllegalArgumentException naming the path when it cannot be one
   */
  public static CtyValue of(Object javaValue, CtyType type) {
    return new Conversion().convert(javaValue, type);
  }

  /**
   * An object of {@code type} from the attributes given; those left out are null.
   *
   * @throws IllegalArgumentException for a name the type lacks or a value that cannot fit
   */
  public static CtyValue.ObjectVal object(CtyType.ObjectOf type, Map<String, ?> attributes) {
    return new Conversion().object(attributes, type);
  }

  /** Starts an object of {@code type} attribute by attribute; unset ones end up null. */
  public static ObjectBuilder objectBuilder(CtyType.ObjectOf type) {
    return new ObjectBuilder(type);
  }

  /** Collects attributes one by one; allows nulls, unlike {@code Map.of}. */
  public static final class ObjectBuilder {
    private final CtyType.ObjectOf type;
    private final Map<String, Object> attributes = new HashMap<>();

    private ObjectBuilder(CtyType.ObjectOf type) {
      this.type = type;
    }

    /** Sets one attribute to a Java or cty value (see {@link Values}). */
    public ObjectBuilder set(String name, Object value) {
      type.attribute(name);
      attributes.put(name, value);
      return this;
    }

    public CtyValue.ObjectVal build() {
      return object(type, attributes);
    }
  }

  /** One conversion; carries the path for error messages. */
  private static final class Conversion {
    private final ValuePath path = new ValuePath();

    CtyValue convert(Object value, CtyType type) {
      if (value == null) {
        return CtyValue.nullOf(type);
      }
      if (value instanceof CtyValue already) {
        return already;
      }
      return switch (type) {
        case CtyType.Primitive p -> switch (p) {
          case STRING -> new CtyValue.Str(expect(value, String.class, "a String"));
          case NUMBER -> new CtyValue.Num(number(value));
          case BOOL -> new CtyValue.Bool(expect(value, Boolean.class, "a Boolean"));
        };
        case CtyType.Dynamic d -> dynamic(value);
        case CtyType.ListOf l -> new CtyValue.ListVal(l.element(), elements(value, l.element()));
        case CtyType.SetOf s -> CtyValue.set(s.element(), elements(value, s.element()));
        case CtyType.MapOf m -> map(value, m.element());
        case CtyType.ObjectOf o -> object(asMap(value), o);
        case CtyType.TupleOf t -> tuple(value, t);
      };
    }

    private <T> T expect(Object value, Class<T> wanted, String description) {
      if (!wanted.isInstance(value)) {
        throw path.mismatch("must be " + description + ", got " + value.getClass().getName());
      }
      return wanted.cast(value);
    }

    private Map<?, ?> asMap(Object value) {
      return expect(value, Map.class, "a Map");
    }

    private Collection<?> asCollection(Object value) {
      return expect(value, Collection.class, "a Collection");
    }

    private BigDecimal number(Object value) {
      return switch (value) {
        case BigDecimal d -> d;
        case BigInteger i -> new BigDecimal(i);
        case Long l -> BigDecimal.valueOf(l);
        case Integer i -> BigDecimal.valueOf(i);
        case Short s -> BigDecimal.valueOf(s);
        case Byte b -> BigDecimal.valueOf(b);
        case Double d when Double.isFinite(d) -> BigDecimal.valueOf(d);
        case Float f when Float.isFinite(f) -> new BigDecimal(Float.toString(f));
        default -> throw path.mismatch("must be a finite number, got " + value);
      };
    }

    /** In a dynamic slot only scalars say which type they are. */
    private CtyValue dynamic(Object value) {
      return switch (value) {
        case String s -> new CtyValue.Str(s);
        case Boolean b -> new CtyValue.Bool(b);
        case Number n -> new CtyValue.Num(number(n));
        default -> throw path.mismatch(
            "has no obvious cty type; pass a CtyValue for a dynamic attribute");
      };
    }

    private List<CtyValue> elements(Object value, CtyType elementType) {
      Collection<?> source = asCollection(value);
      List<CtyValue> elements = new ArrayList<>(source.size());
      for (Object element : source) {
        path.index(elements.size());
        elements.add(convert(element, elementType));
        path.leave();
      }
      return elements;
    }

    private CtyValue tuple(Object value, CtyType.TupleOf type) {
      Collection<?> source = asCollection(value);
      if (source.size() != type.elements().size()) {
        throw path.mismatch(
            "has " + source.size() + " elements, expected " + type.elements().size());
      }
      List<CtyValue> elements = new ArrayList<>(source.size());
      for (Object element : source) {
        path.index(elements.size());
        elements.add(convert(element, type.elements().get(elements.size())));
        path.leave();
      }
      return new CtyValue.TupleVal(type, elements);
    }

    private CtyValue map(Object value, CtyType elementType) {
      TreeMap<String, CtyValue> elements = new TreeMap<>();
      for (Map.Entry<?, ?> entry : asMap(value).entrySet()) {
        String key = expect(entry.getKey(), String.class, "keyed by String");
        path.key(key);
        elements.put(key, convert(entry.getValue(), elementType));
        path.leave();
      }
      return new CtyValue.MapVal(elementType, elements);
    }

    CtyValue.ObjectVal object(Map<?, ?> given, CtyType.ObjectOf type) {
      for (Object name : given.keySet()) {
        if (!(name instanceof String s) || !type.attributes().containsKey(s)) {
          throw path.mismatch("has no attribute " + name + "; expected one of "
              + type.attributes().keySet());
        }
      }
      TreeMap<String, CtyValue> attributes = new TreeMap<>();
      type.attributes().forEach((name, attributeType) -> {
        path.attribute(name);
        attributes.put(name, convert(given.get(name), attributeType));
        path.leave();
      });
      return new CtyValue.ObjectVal(type, attributes);
    }
  }
}
