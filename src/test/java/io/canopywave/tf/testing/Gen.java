package io.canopywave.tf.testing;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * A generator of random test inputs. Every random choice comes from the given source, so the
 * same source sequence always gives the same value; an all-zero sequence gives the simplest
 * value (first choice, empty collection, zero or the lower bound), which is what shrinking
 * ({@link Shrinker}) moves towards.
 */
@FunctionalInterface
public interface Gen<T> {
  /** How often {@link #filter} may reject before the generator is judged wrong. */
  int MAX_REJECTIONS = 1_000;

  T next(RandomGenerator random);

  default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
    return random -> mapper.apply(next(random));
  }

  /** A generator chosen by a value of this one, e.g. values of a generated type. */
  default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> then) {
    return random -> then.apply(next(random)).next(random);
  }

  default Gen<T> filter(Predicate<? super T> accepted) {
    return random -> {
      for (int attempt = 0; attempt < MAX_REJECTIONS; attempt++) {
        T value = next(random);
        if (accepted.test(value)) {
          return value;
        }
      }
      throw new IllegalStateException("filter rejected " + MAX_REJECTIONS + " values in a row");
    };
  }

  /** Lists of 0 to {@code maxSize} elements, each size equally likely. */
  default Gen<List<T>> list(int maxSize) {
    return random -> {
      int size = (int) below(random, maxSize + 1);
      List<T> elements = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        elements.add(next(random));
      }
      return elements;
    };
  }

  /** Sets of distinct elements, at most {@code maxSize}, in drawing order. */
  default Gen<Set<T>> set(int maxSize) {
    return random -> {
      int size = (int) below(random, maxSize + 1);
      Set<T> elements = new LinkedHashSet<>();
      // Few distinct values may exist, so stop after a bounded number of draws.
      for (int draws = 0; elements.size() < size && draws < 10 * size; draws++) {
        elements.add(next(random));
      }
      return elements;
    };
  }

  /** Text of {@code minLength} to {@code maxLength} code points, each length equally likely. */
  static Gen<String> strings(Gen<Integer> codePoints, int minLength, int maxLength) {
    return random -> {
      long length = minLength + below(random, maxLength - minLength + 1);
      StringBuilder text = new StringBuilder();
      for (long i = 0; i < length; i++) {
        text.appendCodePoint(codePoints.next(random));
      }
      return text.toString();
    };
  }

  static <K, V> Gen<Map<K, V>> maps(Gen<K> keys, Gen<V> values, int maxSize) {
    return random -> {
      Map<K, V> entries = new LinkedHashMap<>();
      for (K key : keys.set(maxSize).next(random)) {
        entries.put(key, values.next(random));
      }
      return entries;
    };
  }

  static <A, B, R> Gen<R> zip(Gen<A> first, Gen<B> second, BiFunction<A, B, R> combiner) {
    return random -> combiner.apply(first.next(random), second.next(random));
  }

  /** One value from each generator, in order: tuple elements, object attributes. */
  static <T> Gen<List<T>> sequence(List<? extends Gen<? extends T>> parts) {
    return random -> {
      List<T> values = new ArrayList<>(parts.size());
      parts.forEach(part -> values.add(part.next(random)));
      return values;
    };
  }

  static <T> Gen<T> constant(T value) {
    return random -> value;
  }

  @SafeVarargs
  static <T> Gen<T> of(T... choices) {
    List<T> copy = List.of(choices);
    return random -> copy.get((int) below(random, copy.size()));
  }

  @SafeVarargs
  static <T> Gen<T> oneOf(Gen<? extends T>... choices) {
    List<Gen<? extends T>> copy = List.of(choices);
    return random -> copy.get((int) below(random, copy.size())).next(random);
  }

  /** A generator paired with how often it is chosen, relative to the others. */
  record Weighted<T>(int weight, Gen<? extends T> gen) {}

  static <T> Weighted<T> weight(int weight, Gen<? extends T> gen) {
    return new Weighted<>(weight, gen);
  }

  @SafeVarargs
  static <T> Gen<T> frequency(Weighted<? extends T>... choices) {
    List<Weighted<? extends T>> copy = List.of(choices);
    int total = copy.stream().mapToInt(Weighted::weight).sum();
    return random -> {
      long ticket = below(random, total);
      for (Weighted<? extends T> choice : copy) {
        ticket -= choice.weight();
        if (ticket < 0) {
          return choice.gen().next(random);
        }
      }
      throw new AssertionError("weights changed while drawing");
    };
  }

  static Gen<Boolean> booleans() {
    return RandomGenerator::nextBoolean;
  }

  static Gen<Integer> ints(int min, int max) {
    return longs(min, max).map(Long::intValue);
  }

  static Gen<Long> longs() {
    return longs(Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /**
   * Longs in {@code [min, max]}: three in eight have a random bit width (so 8, 16 and 32 bit
   * values come up as often as 64 bit ones), four are uniform over the range, and one is a
   * small edge (0, 1, -1) or a bound. The edges come last, so that shrinking (which lowers
   * draws) moves away from a bound rather than onto one.
   */
  static Gen<Long> longs(long min, long max) {
    if (min > max) {
      throw new IllegalArgumentException("empty range " + min + ".." + max);
    }
    List<Long> edges = new ArrayList<>();
    for (long edge : new long[] {0, 1, -1, min, max}) {
      if (edge >= min && edge <= max && !edges.contains(edge)) {
        edges.add(edge);
      }
    }
    return random -> {
      long mode = below(random, 8);
      if (mode < 3) {
        long bits = below(random, 64);
        long anyWidth = random.nextLong() >> (63 - bits);
        if (anyWidth >= min && anyWidth <= max) {
          return anyWidth;
        }
      } else if (mode == 7) {
        return edges.get((int) below(random, edges.size()));
      }
      long span = max - min + 1;
      // A zero span is the whole of long, which overflowed.
      return span == 0 ? random.nextLong() : min + below(random, span);
    };
  }

  /**
   * A draw in {@code [0, bound)}, the bound read as unsigned. Unlike {@code nextLong(bound)} it
   * grows with the raw draw, so lowering a recorded draw lowers the value it gave.
   */
  private static long below(RandomGenerator random, long bound) {
    return Math.unsignedMultiplyHigh(random.nextLong(), bound);
  }

  /**
   * Finite doubles of every magnitude: a quarter are decimals with two places (as typed by
   * people), the rest any finite bit pattern, subnormals included.
   */
  static Gen<Double> doubles() {
    Gen<Double> typed = longs(-100_000_000L, 100_000_000L).map(cents -> cents / 100.0);
    Gen<Double> anyBits = random -> {
      double value = Double.longBitsToDouble(random.nextLong());
      return Double.isFinite(value) ? value : 0.0;
    };
    return frequency(weight(1, typed), weight(3, anyBits));
  }

  /** Doubles in {@code [0, 1)}, both ends among the edges. */
  static Gen<Double> unitDoubles() {
    return frequency(
        weight(1, of(0.0, Math.nextDown(1.0), 0.5)),
        weight(7, RandomGenerator::nextDouble));
  }

  /**
   * Big integers in {@code [min, max]}; half have a random bit length, so small and large
   * magnitudes are both common, the rest are uniform over the range.
   */
  static Gen<BigInteger> bigIntegers(BigInteger min, BigInteger max) {
    if (min.compareTo(max) > 0) {
      throw new IllegalArgumentException("empty range " + min + ".." + max);
    }
    BigInteger span = max.subtract(min);
    int widest = Math.max(min.abs().bitLength(), max.abs().bitLength());
    return random -> {
      if (!random.nextBoolean()) {
        BigInteger magnitude = randomBits(random, (int) below(random, widest + 1));
        BigInteger value = random.nextBoolean() ? magnitude.negate() : magnitude;
        if (value.compareTo(min) >= 0 && value.compareTo(max) <= 0) {
          return value;
        }
      }
      for (int attempt = 0; attempt < MAX_REJECTIONS; attempt++) {
        BigInteger offset = randomBits(random, span.bitLength());
        if (offset.compareTo(span) <= 0) {
          return min.add(offset);
        }
      }
      return min;
    };
  }

  private static BigInteger randomBits(RandomGenerator random, int bits) {
    BigInteger value = BigInteger.ZERO;
    for (int filled = 0; filled < bits; filled += 64) {
      long chunk = random.nextLong() >>> Math.max(0, 64 - (bits - filled));
      value = value.shiftLeft(Math.min(64, bits - filled))
          .or(new BigInteger(Long.toUnsignedString(chunk)));
    }
    return value;
  }
}
