package io.canopywave.tf.testing;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * A check that must hold for every generated input, run as JUnit dynamic tests from a
 * {@code @TestFactory} method:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> format_anyDuration_parsesBackToItself() {
 *   return Property.forAll(durations()).tries(1_000).check(d -> assertThat(...));
 * }
 * }</pre>
 *
 * <p>Each run draws a property seed at random (or takes {@code -Dprops.seed=N}); the cases
 * follow from it, so the seed in a failure message repeats the run exactly. The first failing
 * case is shrunk to a simpler input that fails the same way, and the remaining cases are not
 * run. A seed fixed in code with {@link #seed} wins over the system property.
 */
public record Property<T>(Gen<T> gen, int tries, OptionalLong seed) {
  /** The system property that fixes the seed of every property in a run. */
  public static final String SEED_PROPERTY = "props.seed";
  private static final int DEFAULT_TRIES = 1_000;
  private static final int BATCH = 100;

  public Property {
    if (tries < 1) {
      throw new IllegalArgumentException("tries must be positive: " + tries);
    }
  }

  public static <T> Property<T> forAll(Gen<T> gen) {
    return new Property<>(gen, DEFAULT_TRIES, OptionalLong.empty());
  }

  public Property<T> tries(int count) {
    return new Property<>(gen, count, seed);
  }

  public Property<T> seed(long fixed) {
    return new Property<>(gen, tries, OptionalLong.of(fixed));
  }

  /**
   * The cases as dynamic tests of up to {@value #BATCH} cases each (a test per case costs the
   * JUnit and Surefire reporting more than most cases cost to run); after a failing batch no
   * further batch runs.
   */
  public Stream<DynamicTest> check(ThrowingConsumer<? super T> check) {
    long propertySeed = seed.orElseGet(Property::seedOfThisRun);
    SplittableRandom caseSeeds = new SplittableRandom(propertySeed);
    AtomicBoolean failed = new AtomicBoolean();
    return IntStream.iterate(1, first -> first <= tries, first -> first + BATCH)
        .takeWhile(first -> !failed.get())
        .mapToObj(first -> {
          int last = Math.min(first + BATCH - 1, tries);
          List<Case> batch = new ArrayList<>();
          for (int number = first; number <= last; number++) {
            batch.add(new Case(number, propertySeed, caseSeeds.nextLong()));
          }
          return dynamicTest("cases " + first + " to " + last, () -> {
            try {
              for (Case where : batch) {
                runCase(where, check);
              }
            } catch (Throwable failure) {
              failed.set(true);
              throw failure;
            }
          });
        });
  }

  /** Where a case comes from, for the failure message. */
  private record Case(int number, long propertySeed, long caseSeed) {}

  private void runCase(Case where, ThrowingConsumer<? super T> check) {
    Draws draws = Draws.recording(new SplittableRandom(where.caseSeed()));
    T input;
    try {
      input = gen.next(draws);
    } catch (RuntimeException broken) {
      throw new IllegalStateException(where(where) + ": generating the input failed", broken);
    }
    try {
      check.accept(input);
    } catch (VirtualMachineError fatal) {
      throw fatal;
    } catch (Throwable error) {
      Shrinker.Failure<T> original = new Shrinker.Failure<>(input, error, draws.served());
      Shrinker.Result<T> shrunk = new Shrinker<>(gen, check).shrink(original);
      throw new AssertionError(report(where, original, shrunk), shrunk.failure().error());
    }
  }

  private String where(Case where) {
    return "case " + where.number() + " of " + tries + " (property seed " + where.propertySeed()
        + ")";
  }

  private String report(Case where, Shrinker.Failure<T> original, Shrinker.Result<T> shrunk) {
    return String.join(System.lineSeparator(),
        "Property failed on " + where(where) + ".",
        "Repeat with -D" + SEED_PROPERTY + "=" + where.propertySeed(),
        "Shrunk input (" + shrunk.steps() + " simplifications in " + shrunk.attempts()
            + " attempts):",
        "  " + shrunk.failure().input(),
        "Original input:",
        "  " + original.input(),
        "Failure of the shrunk input: " + shrunk.failure().error());
  }

  private static long seedOfThisRun() {
    String fixed = System.getProperty(SEED_PROPERTY);
    if (fixed == null || fixed.isBlank()) {
      return ThreadLocalRandom.current().nextLong();
    }
    try {
      return Long.parseLong(fixed.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "-D" + SEED_PROPERTY + " must be a decimal long, not \"" + fixed + "\"", e);
    }
  }
}
