package io.canopywave.tf.api.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the fields of one JSON object leniently: each lookup names the spellings it accepts (the
 * first present and non-null wins), scalars are read whatever their JSON type, and unknown fields
 * are simply never looked at.
 */
public final class JsonFields {
  private final JsonNode node;
  private final String what;

  private JsonFields(JsonNode node, String what) {
    this.node = node;
    this.what = what;
  }

  /** Wraps {@code node}, which must be a JSON object describing {@code what}. */
  public static JsonFields of(JsonNode node, String what) {
    if (node == null || !node.isObject()) {
      throw new ResponseShapeException(what + " is not a JSON object: " + describe(node));
    }
    return new JsonFields(node, what);
  }

  /** The first of {@code names} present with a non-null value, or null. */
  public JsonNode node(String... names) {
    for (String name : names) {
      JsonNode value = node.get(name);
      if (value != null && !value.isNull()) {
        return value;
      }
    }
    return null;
  }

  /** A scalar as text (numbers and booleans as written), or null when absent. */
  public String text(String... names) {
    JsonNode value = node(names);
    if (value == null) {
      return null;
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }

  /** Like {@link #text} but the field must be present. */
  public String requiredText(String... names) {
    String value = text(names);
    if (value == null) {
      throw new ResponseShapeException(what + " has no \"" + names[0] + "\" field");
    }
    return value;
  }

  /** An integral number, also when written as a numeric string such as {@code "500"}. */
  public Long integer(String... names) {
    BigDecimal value = decimal(names);
    if (value == null) {
      return null;
    }
    try {
      return value.longValueExact();
    } catch (ArithmeticException e) {
      throw new ResponseShapeException(
          what + " field \"" + names[0] + "\" is not a whole number");
    }
  }

  /** A decimal number, also when written as a numeric string. */
  public BigDecimal decimal(String... names) {
    JsonNode value = node(names);
    if (value == null) {
      return null;
    }
    if (value.isNumber()) {
      return value.decimalValue();
    }
    String text = value.asText().trim();
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new ResponseShapeException(
          what + " field \"" + names[0] + "\" is not a number: " + describe(value));
    }
  }

  /** A list of scalars as text; empty when absent. */
  public List<String> textList(String... names) {
    JsonNode value = node(names);
    if (value == null) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new ResponseShapeException(
          what + " field \"" + names[0] + "\" is not a list: " + describe(value));
    }
    List<String> items = new ArrayList<>();
    value.forEach(item -> items.add(item.isValueNode() ? item.asText() : item.toString()));
    return List.copyOf(items);
  }

  /**
   * Converts JSON to immutable plain Java values: maps (in document order), lists, strings,
   * numbers ({@code Long} or {@code BigDecimal}), booleans and nulls (kept, unlike
   * {@code Map.copyOf}).
   */
  public static Object plain(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      node.properties().forEach(e -> map.put(e.getKey(), plain(e.getValue())));
      return Collections.unmodifiableMap(map);
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.forEach(item -> list.add(plain(item)));
      return Collections.unmodifiableList(list);
    }
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return node.longValue();
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return node.asText();
  }

  /**
   * Says what kind of node this is, for error messages. Never its content: a malformed answer may
   * still carry a private key.
   */
  static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    return switch (node.getNodeType()) {
      case ARRAY -> "a list";
      case OBJECT -> "an object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> "a " + node.getNodeType().name().toLowerCase(Locale.ROOT) + " value";
    };
  }
}
