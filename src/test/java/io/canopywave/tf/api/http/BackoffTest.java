package io.canopywave.tf.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private static final Duration BASE = Duration.ofMillis(250);
  private static final Duration CAP = Duration.ofSeconds(8);

  @Test
  void delay_extremesOfJitter_spanHalfToAllOfTheStep() {
    Backoff low = new Backoff(BASE, CAP, () -> 0.0);
    Backoff high = new Backoff(BASE, CAP, () -> 0.999999);

    assertThat(low.delay(1)).isEqualTo(Duration.ofMillis(125));
    assertThat(high.delay(1)).isBetween(Duration.ofMillis(249), Duration.ofMillis(250));
    assertThat(low.delay(3)).isEqualTo(Duration.ofMillis(500));
    assertThat(high.delay(3)).isBetween(Duration.ofMillis(999), Duration.ofMillis(1000));
  }

  @Test
  void delay_manyRetries_neverExceedsTheCap() {
    Backoff high = new Backoff(BASE, CAP, () -> 0.999999);

    assertThat(high.delay(6)).isBetween(Duration.ofMillis(7999), CAP);
    assertThat(high.delay(60)).isBetween(Duration.ofMillis(7999), CAP);
    assertThat(new Backoff(BASE, CAP, () -> 0.0).delay(60)).isEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void delay_realRandomness_variesBetweenCallers() {
    Random random = new Random(42);
    Backoff backoff = new Backoff(BASE, CAP, random::nextDouble);

    long distinct = IntStream.range(0, 20)
        .mapToObj(i -> backoff.delay(4)).distinct().count();

    assertThat(distinct).isGreaterThan(15);
  }

  @Property
  void delay_anyRetryAndJitter_staysWithinBounds(
      @ForAll @IntRange(min = 1, max = 100) int retry,
      @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double jitter) {
    Backoff backoff = new Backoff(BASE, CAP, () -> jitter);
    long ceiling = Math.min(BASE.toNanos() << Math.min(retry - 1, 20), CAP.toNanos());

    Duration delay = backoff.delay(retry);

    assertThat(delay.toNanos()).isBetween(ceiling / 2, ceiling);
  }
}
