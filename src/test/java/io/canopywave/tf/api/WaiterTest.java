package io.canopywave.tf.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.canopywave.tf.api.ApiException.Kind;
import io.canopywave.tf.cancel.Cancellation.CancelledException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The waiter on a fake clock: each sleep advances time by exactly what was asked. */
class WaiterTest {
  private static final String WHAT = "instance \"web\" (id i-1) to become ACTIVE";

  private long now = 0;
  private final List<Duration> sleeps = new ArrayList<>();

  private Waiter waiter(double random) {
    return new Waiter(Waiter.Policy.DEFAULT, () -> now, d -> {
      sleeps.add(d);
      now += d.toNanos();
    }, () -> random);
  }

  private static Supplier<String> states(String... values) {
    Deque<String> queue = new ArrayDeque<>(List.of(values));
    return () -> queue.size() > 1 ? queue.poll() : queue.peek();
  }

  @Test
  void await_doneOnThirdPoll_returnsThatState() {
    String state = waiter(0.5).await(
        WaitCondition.until(WHAT, states("BUILD", "BUILD", "ACTIVE"), "ACTIVE"::equals),
        Duration.ofMinutes(5));

    assertThat(state).isEqualTo("ACTIVE");
    assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofMillis(1500));
  }

  @Test
  void await_pauses_growByHalfUpToTenSeconds() {
    catchThrowableOfType(WaitException.class, () -> waiter(0.5).await(
        WaitCondition.until(WHAT, () -> "BUILD", "ACTIVE"::equals), Duration.ofSeconds(60)));

    assertThat(sleeps.subList(0, 8)).containsExactly(Duration.ofMillis(1000),
        Duration.ofMillis(1500), Duration.ofMillis(2250), Duration.ofMillis(3375),
        Duration.ofNanos(5_062_500_000L), Duration.ofNanos(7_593_750_000L),
        Duration.ofSeconds(10), Duration.ofSeconds(10));
  }

  @Test
  void await_jitter_staysWithinAFifth() {
    Waiter low = waiter(0.0);
    low.await(WaitCondition.until(WHAT, states("BUILD", "ACTIVE"), "ACTIVE"::equals),
        Duration.ofMinutes(1));
    Waiter high = waiter(0.999);
    high.await(WaitCondition.until(WHAT, states("BUILD", "ACTIVE"), "ACTIVE"::equals),
        Duration.ofMinutes(1));

    assertThat(sleeps.get(0)).isEqualTo(Duration.ofMillis(800));
    assertThat(sleeps.get(1)).isBetween(Duration.ofMillis(1199), Duration.ofMillis(1200));
  }

  @Test
  void await_deadline_timesOutNamingWhatAndTheLastState() {
    WaitException e = catchThrowableOfType(WaitException.class, () -> waiter(0.5).await(
        WaitCondition.until(WHAT, () -> "BUILD", "ACTIVE"::equals)
            .describedBy(s -> "status " + s),
        Duration.ofSeconds(15)));

    assertThat(e.reason()).isEqualTo(WaitException.Reason.TIMED_OUT);
    assertThat(e.getMessage()).isEqualTo("timed out after 15s waiting for instance \"web\""
        + " (id i-1) to become ACTIVE; last observed: status BUILD");
    assertThat(Duration.ofNanos(now)).isEqualTo(Duration.ofSeconds(15));
  }

  @Test
  void await_hopelessState_failsAtOnce() {
    WaitException e = catchThrowableOfType(WaitException.class, () -> waiter(0.5).await(
        WaitCondition.until(WHAT, states("BUILD", "ERROR"), "ACTIVE"::equals)
            .failingWhen("ERROR"::equals).describedBy(s -> "status " + s),
        Duration.ofMinutes(30)));

    assertThat(e.reason()).isEqualTo(WaitException.Reason.FAILED);
    assertThat(e.getMessage()).isEqualTo("gave up waiting for instance \"web\" (id i-1)"
        + " to become ACTIVE: it reached status ERROR");
    assertThat(sleeps).hasSize(1);
  }

  @Test
  void await_transientApiError_keepsPolling() {
    Deque<Object> answers = new ArrayDeque<>(List.of(
        new ApiException(Kind.SERVER, new ApiCall("GET", "/x"), 503, "busy", null, false, null),
        "ACTIVE"));
    Supplier<String> probe = () -> {
      Object next = answers.poll();
      if (next instanceof ApiException e) {
        throw e;
      }
      return (String) next;
    };

    assertThat(waiter(0.5).await(WaitCondition.until(WHAT, probe, "ACTIVE"::equals),
        Duration.ofMinutes(1))).isEqualTo("ACTIVE");
  }

  @Test
  void await_transientErrorUntilDeadline_reportsTheError() {
    Supplier<String> probe = () -> {
      throw new ApiException(Kind.NETWORK, new ApiCall("GET", "/api/v1/instances/i-1"), 0,
          "timed out", null, false, null);
    };

    WaitException e = catchThrowableOfType(WaitException.class, () -> waiter(0.5).await(
        WaitCondition.until(WHAT, probe, "ACTIVE"::equals), Duration.ofSeconds(5)));

    assertThat(e.lastState()).startsWith("an error: Canopy Wave API GET /api/v1/instances/i-1");
  }

  @Test
  void await_otherApiError_endsTheWait() {
    Supplier<String> probe = () -> {
      throw new ApiException(Kind.UNAUTHORIZED, new ApiCall("GET", "/x"), 401, "no", null,
          false, null);
    };

    assertThatThrownBy(() -> waiter(0.5).await(
        WaitCondition.until(WHAT, probe, "ACTIVE"::equals), Duration.ofMinutes(1)))
        .isInstanceOf(ApiException.class);
  }

  @Test
  void await_cancelledSleep_endsTheWait() {
    Waiter cancelled = new Waiter(Waiter.Policy.DEFAULT, () -> now, d -> {
      throw new CancelledException();
    }, () -> 0.5);

    assertThatThrownBy(() -> cancelled.await(
        WaitCondition.until(WHAT, () -> "BUILD", "ACTIVE"::equals), Duration.ofMinutes(1)))
        .isInstanceOf(CancelledException.class);
  }

  @Test
  void format_durations_readLikeTerraform() {
    assertThat(WaitException.format(Duration.ofMillis(250))).isEqualTo("250ms");
    assertThat(WaitException.format(Duration.ofSeconds(15))).isEqualTo("15s");
    assertThat(WaitException.format(Duration.ofSeconds(150))).isEqualTo("2m30s");
    assertThat(WaitException.format(Duration.ofMinutes(20))).isEqualTo("20m");
  }
}
