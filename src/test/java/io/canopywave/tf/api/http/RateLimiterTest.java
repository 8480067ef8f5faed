package io.canopywave.tf.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.api.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The limiter on a fake clock: sleeping advances time, so the schedule is exact. */
class RateLimiterTest {
  private long now = 5_000_000_000L;
  private final List<Duration> sleeps = new ArrayList<>();
  private final Sleeper sleeper = d -> {
    sleeps.add(d);
    now += d.toNanos();
  };

  private RateLimiter limiter(double rate, int burst) {
    return new RateLimiter(rate, burst, Duration.ofSeconds(10), () -> now, sleeper);
  }

  @Test
  void acquire_burstOfOne_pacesAtTheRate() {
    RateLimiter limiter = limiter(5, 1);

    for (int i = 0; i < 6; i++) {
      limiter.acquire();
    }

    assertThat(sleeps).containsExactly(Duration.ofMillis(200), Duration.ofMillis(200),
        Duration.ofMillis(200), Duration.ofMillis(200), Duration.ofMillis(200));
  }

  @Test
  void reserve_burst_letsThatManyGoAtOnce() {
    RateLimiter limiter = limiter(10, 3);

    assertThat(List.of(limiter.reserve(), limiter.reserve(), limiter.reserve(),
        limiter.reserve(), limiter.reserve()))
        .containsExactly(0L, 0L, 0L, 100_000_000L, 200_000_000L);
  }

  @Test
  void reserve_afterQuietSpell_burstIsAvailableAgain() {
    RateLimiter limiter = limiter(10, 2);
    limiter.reserve();
    limiter.reserve();
    now += 5_000_000_000L;

    assertThat(List.of(limiter.reserve(), limiter.reserve(), limiter.reserve()))
        .containsExactly(0L, 0L, 100_000_000L);
  }

  @Test
  void onRateLimited_halvesTheRateOncePerBurstOf429s() {
    RateLimiter limiter = limiter(8, 1);

    limiter.onRateLimited(null);
    limiter.onRateLimited(null);
    assertThat(limiter.currentRate()).isEqualTo(4);
    now += 1_000_000_000L;
    limiter.onRateLimited(null);
    assertThat(limiter.currentRate()).isEqualTo(2);
    for (int i = 0; i < 10; i++) {
      now += 1_000_000_000L;
      limiter.onRateLimited(null);
    }
    assertThat(limiter.currentRate()).isEqualTo(1);
  }

  @Test
  void onRateLimited_cooldownPassed_rateDoublesBackToTheConfiguredOne() {
    RateLimiter limiter = limiter(8, 1);
    limiter.onRateLimited(null);
    limiter.onRateLimited(null);
    now += 1_000_000_000L;
    limiter.onRateLimited(null);

    now += 10_000_000_000L;
    assertThat(limiter.currentRate()).isEqualTo(4);
    now += 5_000_000_000L;
    assertThat(limiter.currentRate()).isEqualTo(4);
    now += 5_000_000_000L;
    assertThat(limiter.currentRate()).isEqualTo(8);
    now += 50_000_000_000L;
    assertThat(limiter.currentRate()).isEqualTo(8);
  }

  @Test
  void onRateLimited_retryAfter_pausesEveryCaller() {
    RateLimiter limiter = limiter(100, 10);

    limiter.onRateLimited(Duration.ofSeconds(2));

    assertThat(limiter.reserve()).isEqualTo(2_000_000_000L);
  }

  @Test
  void acquire_pauseStartedWhileSleeping_isHonouredToo() {
    RateLimiter[] shared = new RateLimiter[1];
    // During the first sleep, another caller's 429 asks everyone to wait 3 s.
    Sleeper interrupted = d -> {
      sleeps.add(d);
      if (sleeps.size() == 1) {
        shared[0].onRateLimited(Duration.ofSeconds(3));
      }
      now += d.toNanos();
    };
    shared[0] = new RateLimiter(5, 1, Duration.ofSeconds(10), () -> now, interrupted);
    shared[0].reserve();

    shared[0].acquire();

    assertThat(sleeps).containsExactly(Duration.ofMillis(200), Duration.ofMillis(2800));
  }
}
