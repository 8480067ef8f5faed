package io.canopywave.tf.api.http;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with "equal jitter": retry {@code n} (from 1) waits between half and all
 * of {@code min(cap, base * 2^(n-1))}, so waits grow reliably but callers do not march in step.
 */
public record Backoff(Duration base, Duration cap, DoubleSupplier jitter) {

  /** The wait before retry number {@code retry} (1 for the first retry). */
  public Duration delay(int retry) {
    long ceiling = ceilingNanos(retry);
    double random = Math.min(Math.max(jitter.getAsDouble(), 0), 1);
    return Duration.ofNanos(ceiling / 2 + (long) (random * (ceiling - ceiling / 2)));
  }

  /** The largest wait {@link #delay} can return for {@code retry}. */
  public long ceilingNanos(int retry) {
    int doublings = Math.min(Math.max(retry - 1, 0), 40);
    double grown = base.toNanos() * Math.pow(2, doublings);
    return (long) Math.min(grown, cap.toNanos());
  }
}
