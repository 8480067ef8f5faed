package io.canopywave.tf.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private static final Instant NOW = Instant.parse("2025-05-24T01:15:50Z");
  private static final Duration CAP = Duration.ofSeconds(30);

  @Test
  void parse_seconds_isThatWait() {
    assertThat(RetryAfter.parse("7", NOW, CAP)).contains(Duration.ofSeconds(7));
    assertThat(RetryAfter.parse(" 0 ", NOW, CAP)).contains(Duration.ZERO);
  }

  @Test
  void parse_httpDate_isTheTimeUntilThen() {
    assertThat(RetryAfter.parse("Sat, 24 May 2025 01:16:02 GMT", NOW, CAP))
        .contains(Duration.ofSeconds(12));
  }

  @Test
  void parse_dateInThePast_isNoWait() {
    assertThat(RetryAfter.parse("Sat, 24 May 2025 01:00:00 GMT", NOW, CAP))
        .contains(Duration.ZERO);
  }

  @Test
  void parse_beyondTheCap_isCapped() {
    assertThat(RetryAfter.parse("3600", NOW, CAP)).contains(CAP);
    assertThat(RetryAfter.parse("99999999999999999999999", NOW, CAP)).contains(CAP);
    assertThat(RetryAfter.parse("Sun, 25 May 2025 01:15:50 GMT", NOW, CAP)).contains(CAP);
  }

  @Test
  void parse_absentOrGarbage_isEmpty() {
    assertThat(RetryAfter.parse(null, NOW, CAP)).isEmpty();
    assertThat(RetryAfter.parse("", NOW, CAP)).isEmpty();
    assertThat(RetryAfter.parse("soon", NOW, CAP)).isEmpty();
    assertThat(RetryAfter.parse("-5", NOW, CAP)).isEmpty();
  }
}
