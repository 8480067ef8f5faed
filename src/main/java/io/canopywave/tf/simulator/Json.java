package io.canopywave.tf.simulator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader and writer for the simulator and its control client.
 *
 * <p>Objects become {@link LinkedHashMap} (key order kept), arrays {@link ArrayList}, integers
 * {@link Long} (or {@link BigDecimal} when too large), other numbers {@link Double}, and JSON
 * null Java null. The simulator has its own codec rather than Jackson because loading Jackson
 * costs several hundred milliseconds, and the simulator must start in well under 200 ms.
 */
public final class Json {

  private Json() {}

  /** Thrown for text that is not one well-formed JSON value. */
  public static final class MalformedJsonException extends IllegalArgumentException {
    MalformedJsonException(String message, int position) {
      super(message + " at offset " + position);
    }
  }

  public static Object parse(String text) {
    var reader = new Reader(text);
    reader.skipWhitespace();
    Object value = reader.readValue();
    reader.skipWhitespace();
    if (reader.position < text.length()) {
      throw new MalformedJsonException("trailing characters", reader.position);
    }
    return value;
  }

  public static String write(Object value) {
    var out = new StringBuilder();
    writeValue(out, value);
    return out.toString();
  }

  private static void writeValue(StringBuilder out, Object value) {
    switch (value) {
      case null -> out.append("null");
      case String text -> writeString(out, text);
      case Boolean flag -> out.append(flag);
      case Double number when number.isNaN() || number.isInfinite() -> out.append("null");
      case Double number when number == Math.rint(number) && Math.abs(number) < 1e15 ->
          out.append(number.longValue());
      case Number number -> out.append(number);
      case Map<?, ?> map -> writeObject(out, map);
      case Iterable<?> items -> writeArray(out, items);
      default -> writeString(out, value.toString());
    }
  }

  private static void writeObject(StringBuilder out, Map<?, ?> map) {
    out.append('{');
    boolean first = true;
    for (var entry : map.entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      writeString(out, String.valueOf(entry.getKey()));
      out.append(':');
      writeValue(out, entry.getValue());
    }
    out.append('}');
  }

  private static void writeArray(StringBuilder out, Iterable<?> items) {
    out.append('[');
    boolean first = true;
    for (Object item : items) {
      if (!first) {
        out.append(',');
      }
      first = false;
      writeValue(out, item);
    }
    out.append(']');
  }

  private static void writeString(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** A recursive-descent reader over one string. */
  private static final class Reader {
    private static final int MAX_DEPTH = 200;
    private final String text;
    private int position;
    private int depth;

    Reader(String text) {
      this.text = text;
    }

    Object readValue() {
      if (position >= text.length()) {
        throw new MalformedJsonException("unexpected end of input", position);
      }
      char c = text.charAt(position);
      return switch (c) {
        case '{' -> readObject();
        case '[' -> readArray();
        case '"' -> readString();
        case 't' -> readLiteral("true", Boolean.TRUE);
        case 'f' -> readLiteral("false", Boolean.FALSE);
        case 'n' -> readLiteral("null", null);
        default -> {
          if (c == '-' || (c >= '0' && c <= '9')) {
            yield readNumber();
          }
          throw new MalformedJsonException("unexpected character '" + c + "'", position);
        }
      };
    }

    private Map<String, Object> readObject() {
      enter();
      position++;
      var map = new LinkedHashMap<String, Object>();
      skipWhitespace();
      if (peek() == '}') {
        position++;
        depth--;
        return map;
      }
      while (true) {
        skipWhitespace();
        if (peek() != '"') {
          throw new MalformedJsonException("expected a member name", position);
        }
        String key = readString();
        skipWhitespace();
        expect(':');
        skipWhitespace();
        map.put(key, readValue());
        skipWhitespace();
        if (peek() == ',') {
          position++;
        } else {
          expect('}');
          depth--;
          return map;
        }
      }
    }

    private List<Object> readArray() {
      enter();
      position++;
      var list = new ArrayList<Object>();
      skipWhitespace();
      if (peek() == ']') {
        position++;
        depth--;
        return list;
      }
      while (true) {
        skipWhitespace();
        list.add(readValue());
        skipWhitespace();
        if (peek() == ',') {
          position++;
        } else {
          expect(']');
          depth--;
          return list;
        }
      }
    }

    private String readString() {
      position++;
      var out = new StringBuilder();
      while (true) {
        if (position >= text.length()) {
          throw new MalformedJsonException("unterminated string", position);
        }
        char c = text.charAt(position++);
        if (c == '"') {
          return out.toString();
        }
        if (c < 0x20) {
          throw new MalformedJsonException("control character in string", position - 1);
        }
        if (c != '\\') {
          out.append(c);
          continue;
        }
        if (position >= text.length()) {
          throw new MalformedJsonException("unterminated escape", position);
        }
        char escaped = text.charAt(position++);
        switch (escaped) {
          case '"', '\\', '/' -> out.append(escaped);
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'u' -> out.append(readUnicodeEscape());
          default -> throw new MalformedJsonException("bad escape", position - 1);
        }
      }
    }

    private char readUnicodeEscape() {
      if (position + 4 > text.length()) {
        throw new MalformedJsonException("short unicode escape", position);
      }
      try {
        char c = (char) Integer.parseInt(text.substring(position, position + 4), 16);
        position += 4;
        return c;
      } catch (NumberFormatException e) {
        throw new MalformedJsonException("bad unicode escape", position);
      }
    }

    private Object readNumber() {
      int start = position;
      if (peek() == '-') {
        position++;
      }
      int integerStart = position;
      skipDigits();
      if (position == integerStart
          || (text.charAt(integerStart) == '0' && position - integerStart > 1)) {
        throw new MalformedJsonException("bad number", start);
      }
      boolean integral = true;
      if (peek() == '.') {
        integral = false;
        position++;
        requireDigits(start);
      }
      if (peek() == 'e' || peek() == 'E') {
        integral = false;
        position++;
        if (peek() == '+' || peek() == '-') {
          position++;
        }
        requireDigits(start);
      }
      String literal = text.substring(start, position);
      if (!integral) {
        return Double.parseDouble(literal);
      }
      var exact = new BigDecimal(literal);
      try {
        return exact.longValueExact();
      } catch (ArithmeticException tooLarge) {
        return exact;
      }
    }

    private void requireDigits(int numberStart) {
      int before = position;
      skipDigits();
      if (position == before) {
        throw new MalformedJsonException("bad number", numberStart);
      }
    }

    private void skipDigits() {
      while (position < text.length()
          && text.charAt(position) >= '0' && text.charAt(position) <= '9') {
        position++;
      }
    }

    private Object readLiteral(String literal, Object value) {
      if (!text.startsWith(literal, position)) {
        throw new MalformedJsonException("unexpected literal", position);
      }
      position += literal.length();
      return value;
    }

    private void enter() {
      if (++depth > MAX_DEPTH) {
        throw new MalformedJsonException("nesting too deep", position);
      }
    }

    private void expect(char wanted) {
      if (peek() != wanted) {
        throw new MalformedJsonException("expected '" + wanted + "'", position);
      }
      position++;
    }

    private char peek() {
      return position < text.length() ? text.charAt(position) : '\0';
    }

    void skipWhitespace() {
      while (position < text.length()) {
        char c = text.charAt(position);
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
          return;
        }
        position++;
      }
    }
  }
}
