package io.canopywave.tf.testing;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A random source that serves a fixed prefix of 64-bit draws, then draws from a fallback, and
 * records every draw it served. {@link RandomGenerator} derives all its methods from
 * {@code nextLong()}, so these draws are the whole of a generated value's randomness: replaying
 * them gives the same value, and editing them gives a related, usually simpler, one.
 */
final class Draws implements RandomGenerator {
  /** Past the prefix, how many zeros a replay may take before it is judged endless. */
  private static final int MAX_EXTRA_ZEROS = 100_000;

  private final long[] prefix;
  private final RandomGenerator fallback;
  private long[] served = new long[64];
  private int count;

  private Draws(long[] prefix, RandomGenerator fallback) {
    this.prefix = prefix;
    this.fallback = fallback;
  }

  /** Fresh draws from a seeded source, recorded. */
  static Draws recording(RandomGenerator source) {
    return new Draws(new long[0], source);
  }

  /** The given draws, then zeros (the simplest choice for every generator). */
  static Draws replaying(long[] draws) {
    return new Draws(draws, null);
  }

  @Override
  public long nextLong() {
    long draw;
    if (count < prefix.length) {
      draw = prefix[count];
    } else if (fallback != null) {
      draw = fallback.nextLong();
    } else if (count - prefix.length < MAX_EXTRA_ZEROS) {
      draw = 0;
    } else {
      throw new ExhaustedException();
    }
    if (count == served.length) {
      served = Arrays.copyOf(served, 2 * count);
    }
    served[count++] = draw;
    return draw;
  }

  /** What was drawn so far, in order. */
  long[] served() {
    return Arrays.copyOf(served, count);
  }

  /** A replay drew on and on: a generator that never ends on zeros, not a test failure. */
  static final class ExhaustedException extends RuntimeException {
    ExhaustedException() {
      super("replayed draws exhausted", null, false, false);
    }
  }
}
