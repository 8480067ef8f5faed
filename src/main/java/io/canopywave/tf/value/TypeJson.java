package io.canopywave.tf.value;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and writes cty type constraints in their JSON form. Writing builds the text directly:
 * every schema answer writes each attribute's type, and Jackson's object mapper would add
 * hundreds of classes to the start of every provider process just for that.
 */
final class TypeJson {
  private TypeJson() {}

  /** Loaded on the first read only. */
  private static final class Reader {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  static String write(CtyType type) {
    StringBuilder out = new StringBuilder();
    append(out, type);
    return out.toString();
  }

  private static void append(StringBuilder out, CtyType type) {
    switch (type) {
      case CtyType.Primitive p -> appendString(out, p.name().toLowerCase(Locale.ROOT));
      case CtyType.Dynamic d -> appendString(out, "dynamic");
      case CtyType.ListOf l -> appendPair(out, "list", l.element());
      case CtyType.SetOf s -> appendPair(out, "set", s.element());
      case CtyType.MapOf m -> appendPair(out, "map", m.element());
      case CtyType.ObjectOf o -> {
        out.append("[\"object\",{");
        String separator = "";
        for (Map.Entry<String, CtyType> attribute : o.attributes().entrySet()) {
          out.append(separator);
          appendString(out, attribute.getKey());
          out.append(':');
          append(out, attribute.getValue());
          separator = ",";
        }
        out.append("}]");
      }
      case CtyType.TupleOf t -> {
        out.append("[\"tuple\",[");
        String separator = "";
        for (CtyType element : t.elements()) {
          out.append(separator);
          append(out, element);
          separator = ",";
        }
        out.append("]]");
      }
    }
  }

  private static void appendPair(StringBuilder out, String kind, CtyType element) {
    out.append('[');
    appendString(out, kind);
    out.append(',');
    append(out, element);
    out.append(']');
  }

  /** A JSON string literal: quotes, backslashes and control characters escaped. */
  private static void appendString(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  static CtyType read(String json) {
    try {
      return fromNode(Reader.MAPPER.readTree(json));
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
