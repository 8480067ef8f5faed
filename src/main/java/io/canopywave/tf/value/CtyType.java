package io.canopywave.tf.value;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A cty type: the type system Terraform and OpenTofu use for every value on the wire.
 *
 * <p>Object attribute maps are kept sorted by name, because the msgpack encoding writes object
 * keys in that order and equality must not depend on insertion order.
 */
public sealed interface CtyType {

  /** The JSON type constraint, e.g. {@code "string"} or {@code ["list","number"]}. */
  default String toJson() {
    return TypeJson.write(this);
  }

  static CtyType fromJson(String json) {
    return TypeJson.read(json);
  }

  /** True for list, set and map: types whose values hold elements of one type. */
  default boolean isCollection() {
    return this instanceof ListOf || this instanceof SetOf || this instanceof MapOf;
  }

  enum Primitive implements CtyType {
    STRING,
    NUMBER,
    BOOL
  }

  /** The dynamic pseudo-type: any type, decided per value. */
  enum Dynamic implements CtyType {
    DYNAMIC
  }

  record ListOf(CtyType element) implements CtyType {}

  record SetOf(CtyType element) implements CtyType {}

  record MapOf(CtyType element) implements CtyType {}

  record ObjectOf(SortedMap<String, CtyType> attributes) implements CtyType {
    public ObjectOf {
      attributes = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
    }

    public static ObjectOf of(Map<String, CtyType> attributes) {
      return new ObjectOf(new TreeMap<>(attributes));
    }

    public CtyType attribute(String name) {
      CtyType type = attributes.get(name);
      if (type == null) {
        throw new IllegalArgumentException("object type has no attribute " + name);
      }
      return type;
    }
  }

  record TupleOf(List<CtyType> elements) implements CtyType {
    public TupleOf {
      elements = List.copyOf(elements);
    }
  }

  CtyType STRING = Primitive.STRING;
  CtyType NUMBER = Primitive.NUMBER;
  CtyType BOOL = Primitive.BOOL;
  CtyType DYNAMIC = Dynamic.DYNAMIC;

  static ListOf list(CtyType element) {
    return new ListOf(element);
  }

  static SetOf set(CtyType element) {
    return new SetOf(element);
  }

  static MapOf map(CtyType element) {
    return new MapOf(element);
  }
}
