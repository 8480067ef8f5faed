package io.canopywave.tf.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

class PropertyTest {
  private static final Gen<List<Integer>> LISTS = Gen.ints(0, 1_000).list(10);

  /** Runs the dynamic tests as JUnit would, in order; returns the first failure, if any. */
  private static Throwable runAll(Stream<DynamicTest> cases, List<String> ran) {
    for (DynamicTest test : (Iterable<DynamicTest>) cases::iterator) {
      ran.add(test.getDisplayName());
      try {
        test.getExecutable().execute();
      } catch (Throwable failure) {
        return failure;
      }
    }
    return null;
  }

  private static List<List<Integer>> inputsOf(Property<List<Integer>> property) {
    List<List<Integer>> inputs = new ArrayList<>();
    runAll(property.check(inputs::add), new ArrayList<>());
    return inputs;
  }

  @Test
  void check_holdingProperty_runsEveryCaseOnceInBatchesOfAHundred() {
    List<String> ran = new ArrayList<>();
    List<List<Integer>> inputs = new ArrayList<>();

    Throwable failure = runAll(Property.forAll(LISTS).tries(250).check(inputs::add), ran);

    assertThat(failure).isNull();
    assertThat(ran).containsExactly("cases 1 to 100", "cases 101 to 200", "cases 201 to 250");
    assertThat(inputs).hasSize(250);
    assertThat(inputs.stream().distinct().count()).isGreaterThan(200);
  }

  @Test
  void check_defaultTries_isAThousand() {
    assertThat(inputsOf(Property.forAll(LISTS))).hasSize(1_000);
  }

  @Test
  void check_sameSeed_generatesTheSameInputs() {
    Property<List<Integer>> property = Property.forAll(LISTS).tries(50);

    assertThat(inputsOf(property.seed(42))).isEqualTo(inputsOf(property.seed(42)));
    assertThat(inputsOf(property.seed(42))).isNotEqualTo(inputsOf(property.seed(43)));
  }

  /** Runs the body with the seed system property set, then puts back what was there. */
  private static void withSeedProperty(String value, Runnable body) {
    String before = System.getProperty(Property.SEED_PROPERTY);
    try {
      System.setProperty(Property.SEED_PROPERTY, value);
      body.run();
    } finally {
      if (before == null) {
        System.clearProperty(Property.SEED_PROPERTY);
      } else {
        System.setProperty(Property.SEED_PROPERTY, before);
      }
    }
  }

  @Test
  void check_seedSystemProperty_fixesTheCasesOfEveryRun() {
    Property<List<Integer>> property = Property.forAll(LISTS).tries(50);

    withSeedProperty("7", () ->
        assertThat(inputsOf(property)).isEqualTo(inputsOf(property.seed(7))));
  }

  @Test
  void check_failingProperty_stopsAfterTheFailingBatchAndReportsTheSeed() {
    List<String> ran = new ArrayList<>();
    AtomicInteger calls = new AtomicInteger();

    Throwable failure = runAll(Property.forAll(LISTS).seed(5).check(list ->
        assertThat(calls.incrementAndGet()).isNotEqualTo(150)), ran);

    assertThat(failure).isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Property failed on case 150 of 1000 (property seed 5).")
        .hasMessageContaining("Repeat with -Dprops.seed=5")
        .cause().isInstanceOf(AssertionError.class);
    assertThat(ran).containsExactly("cases 1 to 100", "cases 101 to 200");
  }

  @Test
  void check_failingProperty_shrinksToASimplestFailingInput() {
    Throwable failure = runAll(Property.forAll(LISTS).check(list ->
        assertThat(list).hasSizeLessThan(3)), new ArrayList<>());

    assertThat(failure).hasMessageContaining("Shrunk input (")
        .hasMessageContaining(System.lineSeparator() + "  [0, 0, 0]" + System.lineSeparator());
  }

  @Test
  void check_failingValue_shrinksToTheBoundary() {
    Throwable failure = runAll(Property.forAll(Gen.longs(0, Long.MAX_VALUE)).check(n ->
        assertThat(n).isLessThan(1_000_000L)), new ArrayList<>());

    assertThat(failure.getMessage().lines().toList().get(3)).isEqualTo("  1000000");
  }

  @Test
  void check_brokenGenerator_failsWithTheCaseAndSeed() {
    Gen<Integer> broken = random -> {
      throw new IllegalArgumentException("no values today");
    };

    Throwable failure = runAll(Property.forAll(broken).seed(9).check(n -> {}), new ArrayList<>());

    assertThat(failure).isInstanceOf(IllegalStateException.class)
        .hasMessage("case 1 of 1000 (property seed 9): generating the input failed")
        .hasRootCauseMessage("no values today");
  }

  @Test
  void check_invalidSeedProperty_saysWhatIsExpected() {
    withSeedProperty("0xbeef", () ->
        assertThat(catchThrowable(() -> Property.forAll(LISTS).check(list -> {})))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("-Dprops.seed must be a decimal long, not \"0xbeef\""));
  }
}
