package io.canopywave.tf.api;

import io.canopywave.tf.cancel.Cancellation;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * Polls until a condition holds, with growing pauses (first about one second, times 1.5 each
 * round, at most about ten seconds, each jittered by up to a fifth either way), a deadline, and
 * cancellation. Transient API errors (rate limiting, 5xx, network) during a poll do not end the
 * wait; they become the last observed state. Other API errors end it.
 */
public final class Waiter {

  /** The pause schedule. */
  public record Policy(Duration initial, double factor, Duration max, double jitter) {
    public static final Policy DEFAULT = new Policy(Duration.ofSeconds(1), 1.5,
        Duration.ofSeconds(10), 0.2);
  }

  private final Policy policy;
  private final LongSupplier nanoClock;
  private final Sleeper sleeper;
  private final DoubleSupplier random;

  public Waiter(Policy policy, LongSupplier nanoClock, Sleeper sleeper, DoubleSupplier random) {
    this.policy = policy;
    this.nanoClock = nanoClock;
    this.sleeper = sleeper;
    this.random = random;
  }

  /** The default schedule on real time, ended early by {@code cancellation}. */
  public static Waiter of(Cancellation cancellation) {
    return new Waiter(Policy.DEFAULT, System::nanoTime, Sleeper.of(cancellation),
        () -> ThreadLocalRandom.current().nextDouble());
  }

  /**
   * Polls {@code condition} until it is done and returns the state that was; throws
   * {@link WaitException} on the deadline or a hopeless state.
   */
  public <T> T await(WaitCondition<T> condition, Duration timeout) {
    long deadline = nanoClock.getAsLong() + timeout.toNanos();
    double pauseNanos = policy.initial().toNanos();
    String lastState = "nothing yet";
    while (true) {
      try {
        T state = condition.probe().get();
        lastState = condition.describe().apply(state);
        if (condition.done().test(state)) {
          return state;
        }
        if (condition.failed().test(state)) {
          throw new WaitException(WaitException.Reason.FAILED, condition.what(), lastState,
              timeout);
        }
      } catch (ApiException e) {
        if (!e.isTransient()) {
          throw e;
        }
        lastState = "an error: " + e.getMessage();
      }
      long left = deadline - nanoClock.getAsLong();
      if (left <= 0) {
        throw new WaitException(WaitException.Reason.TIMED_OUT, condition.what(), lastState,
            timeout);
      }
      double spread = (random.getAsDouble() * 2 - 1) * policy.jitter();
      long pause = (long) Math.min(pauseNanos * (1 + spread), left);
      sleeper.sleep(Duration.ofNanos(Math.max(pause, 1)));
      pauseNanos = Math.min(pauseNanos * policy.factor(), policy.max().toNanos());
    }
  }
}
