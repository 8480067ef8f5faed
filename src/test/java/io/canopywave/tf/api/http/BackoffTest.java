package io.canopywave.tf.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.testing.Gen;
import io.canopywave.tf.testing.Property;
import java.time.Duration;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

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

  /** A retry number and the jitter the random source gives for it. */
  record Attempt(int retry, double jitter) {}

  @TestFactory
  Stream<DynamicTest> delay_anyRetryAndJitter_staysWithinBounds() {
    Gen<Attempt> attempts = Gen.zip(Gen.ints(1, 100), Gen.unitDoubles(), Attempt::new);
    return Property.forAll(attempts).tries(1_000).check(attempt -> {
      Backoff backoff = new Backoff(BASE, CAP, attempt::jitter);
      long ceiling = Math.min(BASE.toNanos() << Math.min(attempt.retry() - 1, 20),
          CAP.toNanos());

      Duration delay = backoff.delay(attempt.retry());

      assertThat(delay.toNanos()).isBetween(ceiling / 2, ceiling);
    });
  }
}
