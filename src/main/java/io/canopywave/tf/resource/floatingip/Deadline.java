package io.canopywave.tf.resource.floatingip;

import java.time.Duration;

/** One timeout shared by the steps of an operation (allocate, appear, associate, ...). */
record Deadline(long nanos) {

  static Deadline after(Duration timeout) {
    return new Deadline(System.nanoTime() + timeout.toNanos());
  }

  /** The time left, at least a nanosecond so that a last look still happens. */
  Duration remaining() {
    return Duration.ofNanos(Math.max(nanos - System.nanoTime(), 1));
  }

  /** The time left, but no more than {@code cap}. */
  Duration remaining(Duration cap) {
    Duration left = remaining();
    return left.compareTo(cap) <= 0 ? left : cap;
  }
}
