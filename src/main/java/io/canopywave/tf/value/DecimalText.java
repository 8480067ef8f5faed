package io.canopywave.tf.value;

import java.math.BigDecimal;

/** The textual form of cty numbers, shared by the msgpack and JSON codecs. */
final class DecimalText {
  /**
   * Longest number text accepted. cty keeps 512 bits of precision, so real numbers are far
   * shorter; the cap keeps a hostile input from costing quadratic parse time.
   */
  static final int MAX_LENGTH = 100_000;

  // Past this many digits the plain form is replaced by the exponent form (still valid cty).
  private static final int MAX_PLAIN_DIGITS = 1_000;

  private DecimalText() {}

  /** Plain notation as cty writes it ({@code 12.5}, {@code 100}), exponent form if huge. */
  static String format(BigDecimal value) {
    long plainDigits = Math.max(value.precision(), Math.abs((long) value.scale()));
    return plainDigits <= MAX_PLAIN_DIGITS ? value.toPlainString() : value.toString();
  }

  /** Parses a decimal number; returns null when the text is not one. */
  static BigDecimal parse(String text) {
    if (text.isEmpty() || text.length() > MAX_LENGTH) {
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
