package io.canopywave.tf.value;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads and writes cty type constraints in their JSON form. */
final class TypeJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private TypeJson() {}

  static String write(CtyType type) {
    return toNode(type).toString();
  }

  static JsonNode toNode(CtyType type) {
    return switch (type) {
      case CtyType.Primitive p -> NODES.textNode(p.name().toLowerCase(java.util.Locale.ROOT));
      case CtyType.Dynamic d -> NODES.textNode("dynamic");
      case CtyType.ListOf l -> pair("list", toNode(l.element()));
      case CtyType.SetOf s -> pair("set", toNode(s.element()));
      case CtyType.MapOf m -> pair("map", toNode(m.element()));
      case CtyType.ObjectOf o -> {
        ObjectNode attrs = NODES.objectNode();
        o.attributes().forEach((name, t) -> attrs.set(name, toNode(t)));
        yield pair("object", attrs);
      }
      case CtyType.TupleOf t -> {
        ArrayNode elems = NODES.arrayNode();
        t.elements().forEach(e -> elems.add(toNode(e)));
        yield pair("tuple", elems);
      }
    };
  }

  private static ArrayNode pair(String kind, JsonNode inner) {
    ArrayNode node = NODES.arrayNode();
    node.add(kind);
    node.add(inner);
    return node;
  }

  static CtyType read(String json) {
    try {
      return fromNode(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("invalid type constraint JSON: " + e.getOriginalMessage());
    }
  }

  static CtyType fromNode(JsonNode node) {
    if (node.isTextual()) {
      return switch (node.textValue()) {
        case "string" -> CtyType.STRING;
        case "number" -> CtyType.NUMBER;
        case "bool" -> CtyType.BOOL;
        case "dynamic" -> CtyType.DYNAMIC;
        default -> throw new IllegalArgumentException("unknown primitive type " + node);
      };
    }
    if (!node.isArray() || node.size() < 2 || !node.get(0).isTextual()) {
      throw new IllegalArgumentException("invalid type constraint " + node);
    }
    JsonNode inner = node.get(1);
    return switch (node.get(0).textValue()) {
      case "list" -> new CtyType.ListOf(fromNode(inner));
      case "set" -> new CtyType.SetOf(fromNode(inner));
      case "map" -> new CtyType.MapOf(fromNode(inner));
      case "object" -> {
        if (!inner.isObject()) {
          throw new IllegalArgumentException("object type needs attribute types: " + node);
        }
        Map<String, CtyType> attrs = new TreeMap<>();
        inner.properties().forEach(e -> attrs.put(e.getKey(), fromNode(e.getValue())));
        yield CtyType.ObjectOf.of(attrs);
      }
      case "tuple" -> {
        if (!inner.isArray()) {
          throw new IllegalArgumentException("tuple type needs element types: " + node);
        }
        List<CtyType> elems = new ArrayList<>();
        inner.forEach(e -> elems.add(fromNode(e)));
        yield new CtyType.TupleOf(elems);
      }
      default -> throw new IllegalArgumentException("unknown type kind " + node.get(0));
    };
  }
}
