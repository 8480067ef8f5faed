package io.canopywave.tf.value;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.msgpack.core.ExtensionTypeHeader;
import org.msgpack.core.MessageFormat;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessagePackException;
import org.msgpack.core.MessageUnpacker;
import org.msgpack.value.ValueType;

/** Reads one value; an instance lives for one {@link Msgpack#decode} call. */
final class MsgpackDecoder {
  private static final int REFINEMENT_EXTENSION = 12;
  private static final int MAX_REFINEMENT_BODY = 1024;
  // Initial capacity for arrays and maps: headers are not trusted to size allocations.
  private static final int MAX_PRESIZE = 64;

  private final MessageUnpacker in;
  private final int length;
  private final ValuePath path;

  private MsgpackDecoder(MessageUnpacker in, int length, ValuePath path) {
    this.in = in;
    this.length = length;
    this.path = path;
  }

  static CtyValue decode(byte[] bytes, CtyType type) {
    if (bytes.length == 0) {
      return CtyValue.nullOf(type);
    }
    ValuePath path = new ValuePath();
    try (MessageUnpacker in = unpacker(bytes)) {
      CtyValue value = new MsgpackDecoder(in, bytes.length, path).read(type);
      if (in.hasNext()) {
        throw path.invalid("unexpected bytes after the value");
      }
      return value;
    } catch (IOException | MessagePackException e) {
      // The path still points where reading stopped: steps are only left on success.
      throw path.invalid("malformed msgpack (" + e.getMessage() + ")", e);
    }
  }

  static MessageUnpacker unpacker(byte[] bytes) {
    // No string can be longer than the input, so a lying header cannot make a big buffer.
    return new MessagePack.UnpackerConfig()
        .withStringSizeLimit(bytes.length)
        // The whole input is in memory, so strings never need the default 8 Ki-char buffer.
        .withStringDecoderBufferSize(64)
        .newUnpacker(bytes);
  }

  private CtyValue read(CtyType type) throws IOException {
    MessageFormat format = in.getNextFormat();
    ValueType found = format.getValueType();
    if (found == ValueType.NIL) {
      in.unpackNil();
      return CtyValue.nullOf(type);
    }
    if (found == ValueType.EXTENSION) {
      return readUnknown(type);
    }
    return switch (type) {
      case CtyType.Primitive p -> switch (p) {
        case STRING -> new CtyValue.Str(readString(found));
        case NUMBER -> new CtyValue.Num(readNumber(in, path));
        case BOOL -> {
          expect(found, ValueType.BOOLEAN, "a bool");
          yield new CtyValue.Bool(in.unpackBoolean());
        }
      };
      case CtyType.Dynamic d -> readDynamic(found);
      case CtyType.ListOf l -> new CtyValue.ListVal(l.element(), readElements(found, l.element()));
      case CtyType.SetOf s -> CtyValue.set(s.element(), readElements(found, s.element()));
      case CtyType.MapOf m -> readMap(found, m.element());
      case CtyType.ObjectOf o -> readObject(found, o);
      case CtyType.TupleOf t -> readTuple(found, t);
    };
  }

  private void expect(ValueType found, ValueType wanted, String description) {
    if (found != wanted) {
      throw path.invalid("expected " + description + ", found " + describe(found));
    }
  }

  static String describe(ValueType type) {
    return switch (type) {
      case ARRAY -> "an array";
      case EXTENSION -> "an extension";
      case INTEGER -> "an integer";
      default -> "a " + type.name().toLowerCase(Locale.ROOT);
    };
  }

  private String readString(ValueType found) throws IOException {
    expect(found, ValueType.STRING, "a string");
    return toNfc(in.unpackString());
  }

  /** The client normalises every string to NFC; so do we, cheaply for plain text. */
  static String toNfc(String text) {
    for (int i = 0; i < text.length(); i++) {
      // Below U+0300 (where combining marks start) every character is already NFC.
      if (text.charAt(i) >= 0x300) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
      }
    }
    return text;
  }

  /** Any integer or float form, or a decimal string. */
  static BigDecimal readNumber(MessageUnpacker in, ValuePath path) throws IOException {
    BigDecimal number = readNumberOrNullIfInfinite(in, path);
    if (number == null) {
      // Limitation: infinite numbers are refused, as BigDecimal has no infinity; no
      // Canopy Wave attribute can take one.
      throw path.invalid("infinite numbers are not supported");
    }
    return number;
  }

  /** Like {@link #readNumber}, but an infinite (or NaN) float gives null instead of an error. */
  static BigDecimal readNumberOrNullIfInfinite(MessageUnpacker in, ValuePath path)
      throws IOException {
    MessageFormat format = in.getNextFormat();
    return switch (format.getValueType()) {
      case INTEGER -> format == MessageFormat.UINT64
          ? new BigDecimal(in.unpackBigInteger())
          : BigDecimal.valueOf(in.unpackLong());
      case FLOAT -> {
        double value = format == MessageFormat.FLOAT32 ? in.unpackFloat() : in.unpackDouble();
        yield Double.isFinite(value) ? new BigDecimal(value) : null;
      }
      case STRING -> {
        String text = in.unpackString();
        BigDecimal value = DecimalText.parse(text);
        if (value == null) {
          throw path.invalid("expected a number, found the string \"" + abbreviate(text) + "\"");
        }
        yield value;
      }
      default -> throw path.invalid("expected a number, found " + describe(format.getValueType()));
    };
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }

  private CtyValue readUnknown(CtyType type) throws IOException {
    ExtensionTypeHeader header = in.unpackExtensionTypeHeader();
    byte[] body = readBody(header.getLength());
    if (header.getType() != REFINEMENT_EXTENSION
        || body.length <= 1
        || body.length > MAX_REFINEMENT_BODY
        || type == CtyType.DYNAMIC) {
      // Refinements are optional facts: dropping them is always correct.
      return CtyValue.unknown(type);
    }
    return MsgpackRefinements.read(body, type, path);
  }

  private byte[] readBody(int size) throws IOException {
    if (size < 0 || size > length - in.getTotalReadBytes()) {
      throw path.invalid("a length of " + Integer.toUnsignedString(size) + " runs past the end");
    }
    return in.readPayload(size);
  }

  private CtyValue readDynamic(ValueType found) throws IOException {
    expect(found, ValueType.ARRAY, "a [type, value] pair for a dynamic value");
    int size = in.unpackArrayHeader();
    if (size != 2) {
      throw path.invalid("a dynamic value needs [type, value], found " + size + " elements");
    }
    String typeJson = switch (in.getNextFormat().getValueType()) {
      case BINARY -> new String(readBody(in.unpackBinaryHeader()), UTF_8);
      case STRING -> in.unpackString();
      default -> throw path.invalid("the type of a dynamic value must be JSON in bin or str");
    };
    CtyType concrete;
    try {
      concrete = CtyType.fromJson(typeJson);
    } catch (IllegalArgumentException e) {
      throw path.invalid("dynamic value has an invalid type: " + e.getMessage(), e);
    }
    return read(concrete);
  }

  private List<CtyValue> readElements(ValueType found, CtyType elementType) throws IOException {
    expect(found, ValueType.ARRAY, "an array");
    int size = in.unpackArrayHeader();
    List<CtyValue> elements = new ArrayList<>(Math.min(size, MAX_PRESIZE));
    for (int i = 0; i < size; i++) {
      path.index(i);
      elements.add(read(elementType));
      path.leave();
    }
    return elements;
  }

  private CtyValue readTuple(ValueType found, CtyType.TupleOf type) throws IOException {
    expect(found, ValueType.ARRAY, "an array");
    int size = in.unpackArrayHeader();
    int wanted = type.elements().size();
    if (size != wanted) {
      throw path.invalid("a tuple of " + wanted + " elements, found " + size);
    }
    List<CtyValue> elements = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      path.index(i);
      elements.add(read(type.elements().get(i)));
      path.leave();
    }
    return new CtyValue.TupleVal(type, elements);
  }

  private CtyValue readMap(ValueType found, CtyType elementType) throws IOException {
    expect(found, ValueType.MAP, "a map");
    int size = in.unpackMapHeader();
    TreeMap<String, CtyValue> elements = new TreeMap<>();
    for (int i = 0; i < size; i++) {
      String key = readKey();
      path.key(key);
      elements.put(key, read(elementType));
      path.leave();
    }
    return new CtyValue.MapVal(elementType, elements);
  }

  private CtyValue readObject(ValueType found, CtyType.ObjectOf type) throws IOException {
    expect(found, ValueType.MAP, "an object (a map)");
    int size = in.unpackMapHeader();
    Map<String, CtyType> types = type.attributes();
    TreeMap<String, CtyValue> attributes = new TreeMap<>();
    for (int i = 0; i < size; i++) {
      String name = readKey();
      CtyType attributeType = types.get(name);
      if (attributeType == null) {
        throw path.invalid("unsupported attribute \"" + name + "\"");
      }
      path.attribute(name);
      CtyValue previous = attributes.put(name, read(attributeType));
      if (previous != null) {
        throw path.invalid("the attribute appears twice");
      }
      path.leave();
    }
    if (attributes.size() != types.size()) {
      List<String> missing = new ArrayList<>(types.keySet());
      missing.removeAll(attributes.keySet());
      throw path.invalid("missing attributes " + missing);
    }
    return new CtyValue.ObjectVal(type, attributes);
  }

  private String readKey() throws IOException {
    MessageFormat format = in.getNextFormat();
    if (format.getValueType() != ValueType.STRING) {
      throw path.invalid("keys must be strings, found " + describe(format.getValueType()));
    }
    return in.unpackString();
  }
}
