package io.canopywave.tf.schema.validators;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Go's duration syntax ({@code time.ParseDuration}), which users know from every Terraform
 * provider: an optional sign, then one or more decimal numbers each followed by a unit, such as
 * {@code 300ms}, {@code 1.5h} or {@code 2h45m}. A lone {@code 0} needs no unit.
 */
public final class GoDuration {
  /** The units Go accepts, in nanoseconds; both micro signs are Go's spellings of {@code us}. */
  private static final Map<String, Long> UNIT_NANOS = Map.of(
      "ns", 1L,
      "us", 1_000L,
      "\u00b5s", 1_000L,
      "\u03bcs", 1_000L,
      "ms", 1_000_000L,
      "s", 1_000_000_000L,
      "m", 60_000_000_000L,
      "h", 3_600_000_000_000L);

  private static final BigInteger MIN_NANOS = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger MAX_NANOS = BigInteger.valueOf(Long.MAX_VALUE);

  /** Text for messages: what the accepted form looks like. */
  public static final String SYNTAX_HINT =
      "a Go duration such as `30s`, `15m`, `1h30m` or `500ms` (units `ns`, `us`, `ms`, `s`, "
          + "`m`, `h`; fractions like `1.5h` are allowed)";

  private GoDuration() {}

  /** Parses {@code text}, or returns empty when it is not a Go duration (or overflows). */
  public static Optional<Duration> parse(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    int pos = 0;
    boolean negative = false;
    char first = text.charAt(0);
    if (first == '-' || first == '+') {
      negative = first == '-';
      pos = 1;
    }
    if (text.substring(pos).equals("0")) {
      return Optional.of(Duration.ZERO);
    }
    if (pos == text.length()) {
      return Optional.empty();
    }
    BigInteger totalNanos = BigInteger.ZERO;
    while (pos < text.length()) {
      int numberStart = pos;
      while (pos < text.length() && (isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
        pos++;
      }
      Optional<BigDecimal> number = decimal(text.substring(numberStart, pos));
      int unitStart = pos;
      while (pos < text.length() && !isDigit(text.charAt(pos)) && text.charAt(pos) != '.') {
        pos++;
      }
      Long unit = UNIT_NANOS.get(text.substring(unitStart, pos));
      if (number.isEmpty() || unit == null) {
        return Optional.empty();
      }
      // Go truncates sub-nanosecond fractions rather than rounding them.
      totalNanos = totalNanos.add(
          number.get().multiply(BigDecimal.valueOf(unit)).setScale(0, RoundingMode.DOWN)
              .toBigIntegerExact());
    }
    BigInteger signed = negative ? totalNanos.negate() : totalNanos;
    if (signed.compareTo(MIN_NANOS) < 0 || signed.compareTo(MAX_NANOS) > 0) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofNanos(signed.longValueExact()));
  }

  /**
   * Writes {@code duration} in the shortest form {@link #parse} reads back, e.g. {@code 1h30m},
   * {@code 45s} or {@code 1m0.5s}; sub-second remainders use a fraction of a second.
   */
  public static String format(Duration duration) {
    if (duration.isZero()) {
      return "0s";
    }
    if (duration.isNegative()) {
      return "-" + format(duration.negated());
    }
    if (duration.compareTo(Duration.ofSeconds(1)) < 0) {
      return subSecond(duration.toNanos());
    }
    StringBuilder out = new StringBuilder();
    long hours = duration.toHours();
    int minutes = duration.toMinutesPart();
    if (hours > 0) {
      out.append(hours).append('h');
    }
    if (minutes > 0) {
      out.append(minutes).append('m');
    }
    int seconds = duration.toSecondsPart();
    int nanos = duration.toNanosPart();
    if (seconds > 0 || nanos > 0) {
      BigDecimal exact = BigDecimal.valueOf(seconds).add(BigDecimal.valueOf(nanos, 9));
      out.append(exact.stripTrailingZeros().toPlainString()).append('s');
    }
    return out.toString();
  }

  private static String subSecond(long nanos) {
    if (nanos % 1_000_000 == 0) {
      return nanos / 1_000_000 + "ms";
    }
    if (nanos % 1_000 == 0) {
      return nanos / 1_000 + "us";
    }
    return nanos + "ns";
  }

  /** Go's number grammar: digits, optionally a point and digits, with a digit on some side. */
  private static Optional<BigDecimal> decimal(String text) {
    int point = text.indexOf('.');
    boolean onePointAtMost = point < 0 || text.indexOf('.', point + 1) < 0;
    if (!onePointAtMost || text.replace(".", "").isEmpty()) {
      return Optional.empty();
    }
    String normalised = (text.startsWith(".") ? "0" : "") + text
        + (text.endsWith(".") ? "0" : "");
    return Optional.of(new BigDecimal(normalised));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
