package io.canopywave.tf.value;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads one value from JSON tokens, forgiving in the same ways as the client's decoder. */
final class JsonDecoder {
  private static final ObjectMapper MAPPER =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder().maxNumberLength(DecimalText.MAX_LENGTH).build())
              .build());

  private final JsonParser in;
  private final ValuePath path;
  private final boolean ignoreUnknownAttributes;

  private JsonDecoder(JsonParser in, ValuePath path, boolean ignoreUnknownAttributes) {
    this.in = in;
    this.path = path;
    this.ignoreUnknownAttributes = ignoreUnknownAttributes;
  }

  static CtyValue decode(byte[] json, CtyType type, boolean ignoreUnknownAttributes) {
    if (json.length == 0) {
      return CtyValue.nullOf(type);
    }
    ValuePath path = new ValuePath();
    try (JsonParser in = MAPPER.createParser(json)) {
      if (in.nextToken() == null) {
        throw path.invalid("the JSON holds no value");
      }
      CtyValue value = new JsonDecoder(in, path, ignoreUnknownAttributes).read(type);
      if (in.nextToken() != null) {
        throw path.invalid("unexpected content after the value");
      }
      return value;
    } catch (JacksonException e) {
      throw path.invalid("malformed JSON (" + e.getOriginalMessage() + ")", e);
    } catch (IOException e) {
      throw path.invalid("unreadable JSON (" + e.getMessage() + ")", e);
    }
  }

  /** Reads the value starting at the current token. */
  private CtyValue read(CtyType type) throws IOException {
    JsonToken token = in.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return CtyValue.nullOf(type);
    }
    return switch (type) {
      case CtyType.Primitive p -> switch (p) {
        case STRING -> new CtyValue.Str(readString(token));
        case NUMBER -> new CtyValue.Num(readNumber(token));
        case BOOL -> new CtyValue.Bool(readBool(token));
      };
      case CtyType.Dynamic d -> readDynamic(token);
      case CtyType.ListOf l -> new CtyValue.ListVal(l.element(), readElements(token, l.element()));
      case CtyType.SetOf s -> CtyValue.set(s.element(), readElements(token, s.element()));
      case CtyType.MapOf m -> readMap(token, m.element());
      case CtyType.ObjectOf o -> readObject(token, o);
      case CtyType.TupleOf t -> readTuple(token, t);
    };
  }

  private ValueDecodeException unexpected(String wanted, JsonToken found) {
    String description = switch (found) {
      case START_ARRAY -> "an array";
      case START_OBJECT -> "an object";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a bool";
      default -> String.valueOf(found);
    };
    return path.invalid("expected " + wanted + ", found " + description);
  }

  private String readString(JsonToken token) throws IOException {
    return switch (token) {
      case VALUE_STRING -> MsgpackDecoder.toNfc(in.getText());
      // The client turns a number or bool in a string slot into its text.
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> in.getText();
      case VALUE_TRUE, VALUE_FALSE -> String.valueOf(token == JsonToken.VALUE_TRUE);
      default -> throw unexpected("a string", token);
    };
  }

  private BigDecimal readNumber(JsonToken token) throws IOException {
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      return in.getDecimalValue();
    }
    if (token == JsonToken.VALUE_STRING) {
      BigDecimal parsed = DecimalText.parse(in.getText().strip());
      if (parsed != null) {
        return parsed;
      }
    }
    throw unexpected("a number", token);
  }

  private boolean readBool(JsonToken token) throws IOException {
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      return token == JsonToken.VALUE_TRUE;
    }
    if (token == JsonToken.VALUE_STRING) {
      switch (in.getText()) {
        case "true" -> {
          return true;
        }
        case "false" -> {
          return false;
        }
        default -> {}
      }
    }
    throw unexpected("a bool", token);
  }

  /** {@code {"value": v, "type": T}} in either order. */
  private CtyValue readDynamic(JsonToken token) throws IOException {
    if (token != JsonToken.START_OBJECT) {
      throw unexpected("{\"value\": …, \"type\": …} for a dynamic value", token);
    }
    CtyType type = null;
    CtyValue value = null;
    TokenBuffer valueAheadOfType = null;
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String key = in.currentName();
      in.nextToken();
      switch (key) {
        case "type" -> type = readType();
        case "value" -> {
          if (type != null) {
            value = read(type);
          } else {
            valueAheadOfType = new TokenBuffer(in);
            valueAheadOfType.copyCurrentStructure(in);
          }
        }
        default -> throw path.invalid("a dynamic value has the unexpected key \"" + key + "\"");
      }
    }
    if (type == null) {
      throw path.invalid("a dynamic value has no \"type\"");
    }
    if (valueAheadOfType != null) {
      try (JsonParser buffered = valueAheadOfType.asParser()) {
        buffered.nextToken();
        value = new JsonDecoder(buffered, path, ignoreUnknownAttributes).read(type);
      }
    }
    if (value == null) {
      throw path.invalid("a dynamic value has no \"value\"");
    }
    return value;
  }

  private CtyType readType() throws IOException {
    JsonNode node = in.readValueAsTree();
    try {
      return TypeJson.fromNode(node);
    } catch (IllegalArgumentException e) {
      throw path.invalid("a dynamic value has an invalid type: " + e.getMessage(), e);
    }
  }

  private List<CtyValue> readElements(JsonToken token, CtyType elementType) throws IOException {
    if (token != JsonToken.START_ARRAY) {
      throw unexpected("an array", token);
    }
    List<CtyValue> elements = new ArrayList<>();
    while (in.nextToken() != JsonToken.END_ARRAY) {
      path.index(elements.size());
      elements.add(read(elementType));
      path.leave();
    }
    return elements;
  }

  private CtyValue readTuple(JsonToken token, CtyType.TupleOf type) throws IOException {
    if (token != JsonToken.START_ARRAY) {
      throw unexpected("an array", token);
    }
    List<CtyType> types = type.elements();
    List<CtyValue> elements = new ArrayList<>(types.size());
    while (in.nextToken() != JsonToken.END_ARRAY) {
      if (elements.size() == types.size()) {
        throw path.invalid("a tuple of " + types.size() + " elements, found more");
      }
      path.index(elements.size());
      elements.add(read(types.get(elements.size())));
      path.leave();
    }
    if (elements.size() != types.size()) {
      throw path.invalid("a tuple of " + types.size() + " elements, found " + elements.size());
    }
    return new CtyValue.TupleVal(type, elements);
  }

  private CtyValue readMap(JsonToken token, CtyType elementType) throws IOException {
    if (token != JsonToken.START_OBJECT) {
      throw unexpected("an object for a map", token);
    }
    TreeMap<String, CtyValue> elements = new TreeMap<>();
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String key = in.currentName();
      in.nextToken();
      path.key(key);
      elements.put(key, read(elementType));
      path.leave();
    }
    return new CtyValue.MapVal(elementType, elements);
  }

  private CtyValue readObject(JsonToken token, CtyType.ObjectOf type) throws IOException {
    if (token != JsonToken.START_OBJECT) {
      throw unexpected("an object", token);
    }
    Map<String, CtyType> types = type.attributes();
    TreeMap<String, CtyValue> attributes = new TreeMap<>();
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      in.nextToken();
      CtyType attributeType = types.get(name);
      if (attributeType == null) {
        if (!ignoreUnknownAttributes) {
          throw path.invalid("unsupported attribute \"" + name + "\"");
        }
        in.skipChildren();
        continue;
      }
      path.attribute(name);
      attributes.put(name, read(attributeType));
      path.leave();
    }
    // The client's own decoder fills attributes the JSON leaves out with nulls.
    types.forEach((name, attributeType) ->
        attributes.computeIfAbsent(name, n -> CtyValue.nullOf(attributeType)));
    return new CtyValue.ObjectVal(type, attributes);
  }
}
