package io.canopywave.tf.testing;

import java.util.Arrays;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * Looks for a simpler input that still fails the same way, by editing the recorded draws of
 * the failing case (dropping runs of draws, lowering one) and generating again. Generators map
 * lower draws to simpler values (shorter lists, earlier choices, smaller numbers). A
 * candidate counts only if its draws are fewer, or as many and smaller, so the search ends.
 */
final class Shrinker<T> {
  /** Enough to simplify nested values, bounded so a failing run stays quick. */
  private static final int MAX_ATTEMPTS = 2_000;
  private static final int[] RUN_LENGTHS = {8, 4, 2, 1};

  private final Gen<T> gen;
  private final ThrowingConsumer<? super T> check;
  private Failure<T> best;
  private int attempts;
  private int steps;

  /** An input, the error its check threw, and the draws that generated it. */
  record Failure<T>(T input, Throwable error, long[] draws) {}

  /** The simplest failure found, how many simplifications led to it, and how many tries. */
  record Result<T>(Failure<T> failure, int steps, int attempts) {}

  Shrinker(Gen<T> gen, ThrowingConsumer<? super T> check) {
    this.gen = gen;
    this.check = check;
  }

  Result<T> shrink(Failure<T> original) {
    best = original;
    int stepsBefore;
    do {
      stepsBefore = steps;
      dropRuns();
      lowerEach();
    } while (steps > stepsBefore && attempts < MAX_ATTEMPTS);
    return new Result<>(best, steps, attempts);
  }

  private void dropRuns() {
    for (int length : RUN_LENGTHS) {
      for (int at = 0; at + length <= best.draws().length && attempts < MAX_ATTEMPTS; ) {
        long[] draws = best.draws();
        long[] shorter = new long[draws.length - length];
        System.arraycopy(draws, 0, shorter, 0, at);
        System.arraycopy(draws, at + length, shorter, at, shorter.length - at);
        if (!accepted(shorter)) {
          at++;
        }
      }
    }
  }

  /** Each draw to zero, else to the least value that still fails, found by bisection. */
  private void lowerEach() {
    for (int at = 0; at < best.draws().length && attempts < MAX_ATTEMPTS; at++) {
      if (lowered(at, 0)) {
        continue;
      }
      long passing = 0;
      long failing = best.draws()[at];
      while (Long.compareUnsigned(failing - passing, 1) > 0 && attempts < MAX_ATTEMPTS) {
        long middle = passing + ((failing - passing) >>> 1);
        if (!lowered(at, middle)) {
          passing = middle;
        } else if (at < best.draws().length) {
          failing = best.draws()[at];
        } else {
          break;
        }
      }
    }
  }

  private boolean lowered(int at, long lower) {
    if (attempts >= MAX_ATTEMPTS || Long.compareUnsigned(lower, best.draws()[at]) >= 0) {
      return false;
    }
    long[] draws = best.draws().clone();
    draws[at] = lower;
    return accepted(draws);
  }

  /** Whether these draws give a simpler input that fails the same way; if so it is the best. */
  private boolean accepted(long[] draws) {
    attempts++;
    Draws replay = Draws.replaying(draws);
    T input;
    try {
      input = gen.next(replay);
    } catch (RuntimeException notAnInput) {
      return false;
    }
    long[] used = replay.served();
    if (!simpler(used, best.draws())) {
      return false;
    }
    try {
      check.accept(input);
      return false;
    } catch (VirtualMachineError fatal) {
      throw fatal;
    } catch (Throwable error) {
      if (error.getClass() != best.error().getClass()) {
        return false;
      }
      steps++;
      best = new Failure<>(input, error, used);
      return true;
    }
  }

  private static boolean simpler(long[] candidate, long[] best) {
    if (candidate.length != best.length) {
      return candidate.length < best.length;
    }
    return Arrays.compareUnsigned(candidate, best) < 0;
  }
}
