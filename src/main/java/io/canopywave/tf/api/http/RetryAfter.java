package io.canopywave.tf.api.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a {@code Retry-After} header: delay seconds or an HTTP date. */
public final class RetryAfter {
  private RetryAfter() {}

  /**
   * The wait the header asks for, from {@code now}, clamped to [0, {@code cap}]; empty when the
   * header is absent or unreadable.
   */
  public static Optional<Duration> parse(String header, Instant now, Duration cap) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    String value = header.strip();
    Duration wait;
    if (value.chars().allMatch(Character::isDigit)) {
      try {
        wait = Duration.ofSeconds(Long.parseLong(value));
      } catch (NumberFormatException tooLong) {
        wait = cap;
      }
    } else {
      try {
        Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        wait = Duration.between(now, at);
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    if (wait.isNegative()) {
      wait = Duration.ZERO;
    }
    return Optional.of(wait.compareTo(cap) > 0 ? cap : wait);
  }
}
