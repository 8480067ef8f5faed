package io.canopywave.tf.plugin.log;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * Renders one hclog JSON line. The client re-logs each line under the provider's name, keeping
 * the level, message and timestamp and passing every other key through as a field.
 */
final class LogLineFormat {
  /** The client reads stderr in 64 KiB chunks; a longer line would arrive cut and unparsed. */
  static final int LINE_BUDGET = 60_000;

  static final int VALUE_LIMIT = 16_384;
  static final int SHRUNK_VALUE_LIMIT = 1_024;
  static final String TRUNCATED = "…(truncated)";
  static final String EXTRA_VALUE_KEY = "EXTRA_VALUE_AT_END";
  private static final Set<String> RESERVED = Set.of("@level", "@message", "@module", "@timestamp");

  private LogLineFormat() {}

  static String format(
      OffsetDateTime time, Level level, String module, String message, Object[] keyValues) {
    String line = render(time, level, module, message, keyValues, VALUE_LIMIT);
    if (line.length() > LINE_BUDGET) {
      line = render(time, level, module, message, keyValues, SHRUNK_VALUE_LIMIT);
    }
    return line;
  }

  private static String render(
      OffsetDateTime time,
      Level level,
      String module,
      String message,
      Object[] keyValues,
      int valueLimit) {
    StringBuilder out = new StringBuilder(128);
    out.append("{\"@level\":\"").append(level.label()).append("\",\"@message\":");
    JsonText.appendString(out, limit(Secrets.redact(String.valueOf(message)), valueLimit));
    out.append(",\"@module\":");
    JsonText.appendString(out, module);
    out.append(",\"@timestamp\":\"").append(Timestamps.format(time)).append('"');
    int pairs = keyValues.length / 2;
    for (int i = 0; i < pairs; i++) {
      appendField(out, String.valueOf(keyValues[2 * i]), keyValues[2 * i + 1], valueLimit);
    }
    if (keyValues.length % 2 == 1) {
      appendField(out, EXTRA_VALUE_KEY, keyValues[keyValues.length - 1], valueLimit);
    }
    return out.append('}').toString();
  }

  private static void appendField(StringBuilder out, String key, Object value, int valueLimit) {
    out.append(',');
    JsonText.appendString(out, RESERVED.contains(key) ? "_" + key : key);
    out.append(':');
    if (value == null) {
      out.append("null");
    } else if (SensitiveKeys.isSensitive(key)) {
      JsonText.appendString(out, Secrets.MASK);
    } else if (value instanceof Boolean
        || value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigInteger) {
      out.append(value);
    } else if (value instanceof BigDecimal decimal) {
      out.append(decimal.toPlainString());
    } else if ((value instanceof Double || value instanceof Float)
        && Double.isFinite(((Number) value).doubleValue())) {
      out.append(value);
    } else {
      JsonText.appendString(out, limit(Secrets.redact(describe(value)), valueLimit));
    }
  }

  private static String describe(Object value) {
    if (value instanceof Throwable error) {
      String text = error.getMessage();
      return text == null ? error.getClass().getName() : error.getClass().getName() + ": " + text;
    }
    return String.valueOf(value);
  }

  private static String limit(String text, int valueLimit) {
    if (text.length() <= valueLimit) {
      return text;
    }
    return text.substring(0, valueLimit) + TRUNCATED;
  }

  /** Kept apart so the formatter is built only when a line is actually written. */
  static final class Timestamps {
    private static final DateTimeFormatter PATTERN =
        DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX");

    private Timestamps() {}

    static String format(OffsetDateTime time) {
      return PATTERN.format(time);
    }
  }
}
