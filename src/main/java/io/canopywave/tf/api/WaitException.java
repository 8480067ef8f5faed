package io.canopywave.tf.api;

import java.time.Duration;

/** A {@link Waiter} gave up: the deadline passed, or the state became hopeless. */
public final class WaitException extends RuntimeException {

  /** Why the wait ended without success. */
  public enum Reason {
    TIMED_OUT,
    FAILED
  }

  private final Reason reason;
  private final String what;
  private final String lastState;
  private final Duration timeout;

  public WaitException(Reason reason, String what, String lastState, Duration timeout) {
    super(compose(reason, what, lastState, timeout));
    this.reason = reason;
    this.what = what;
    this.lastState = lastState;
    this.timeout = timeout;
  }

  public Reason reason() {
    return reason;
  }

  /** What was awaited. */
  public String what() {
    return what;
  }

  /** The last state observed, in words. */
  public String lastState() {
    return lastState;
  }

  public Duration timeout() {
    return timeout;
  }

  private static String compose(Reason reason, String what, String lastState, Duration timeout) {
    return switch (reason) {
      case TIMED_OUT -> "timed out after " + format(timeout) + " waiting for " + what
          + "; last observed: " + lastState;
      case FAILED -> "gave up waiting for " + what + ": it reached " + lastState;
    };
  }

  /** {@code 15s}, {@code 2m30s}, {@code 250ms}: how Terraform users write durations. */
  static String format(Duration duration) {
    if (duration.toMillis() < 1000) {
      return duration.toMillis() + "ms";
    }
    long seconds = duration.toSeconds();
    long minutes = seconds / 60;
    String rest = seconds % 60 == 0 && minutes > 0 ? "" : seconds % 60 + "s";
    return (minutes > 0 ? minutes + "m" : "") + rest;
  }
}
