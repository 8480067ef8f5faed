package io.canopywave.tf.resource.common;

import java.time.Duration;

/**
 * The end of a user's timeout, so that the steps of one action (send, then wait) share it
 * instead of each getting the whole timeout.
 */
public record Deadline(long endNanos) {

  /** The deadline {@code timeout} from now. */
  public static Deadline in(Duration timeout) {
    return new Deadline(System.nanoTime() + timeout.toNanos());
  }

  /**
   * What is left, at least a millisecond: a step that starts late still gets one look before
   * it reports the timeout.
   */
  public Duration remaining() {
    return Duration.ofNanos(Math.max(endNanos - System.nanoTime(), 1_000_000));
  }
}
