package io.canopywave.tf.simulator;

import java.util.ArrayDeque;

/** Counts the API requests of the last second, for fault rules with {@code rps}. */
final class RateWindow {
  private static final long WINDOW_NANOS = 1_000_000_000L;
  private final ArrayDeque<Long> arrivals = new ArrayDeque<>();

  /** Records one arrival and answers how many arrived in the second up to it, itself included. */
  synchronized int arrive(long nanoTime) {
    arrivals.addLast(nanoTime);
    while (nanoTime - arrivals.peekFirst() >= WINDOW_NANOS) {
      arrivals.removeFirst();
    }
    return arrivals.size();
  }

  synchronized void clear() {
    arrivals.clear();
  }
}
