package io.canopywave.tf.simulator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** The two timestamp spellings of the API: ISO seconds with Z, and OpenStack microseconds. */
final class Times {
  private static final DateTimeFormatter MICROS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

  private Times() {}

  /** {@code 2025-05-24T01:15:50Z}, as in the detail's {@code created}. */
  static String seconds(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** {@code 2025-05-24T01:17:09.000000}, as in {@code launchedAt}. */
  static String micros(Instant instant) {
    return instant == null ? null : MICROS.format(instant);
  }

  static Instant plusSeconds(Instant start, double seconds) {
    return start.plusNanos(Math.round(seconds * 1_000_000_000L));
  }
}
