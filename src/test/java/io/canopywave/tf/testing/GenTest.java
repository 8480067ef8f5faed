package io.canopywave.tf.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GenTest {
  private static <T> List<T> sample(Gen<T> gen, int count) {
    SplittableRandom random = new SplittableRandom(1234);
    List<T> values = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      values.add(gen.next(random));
    }
    return values;
  }

  private static <T> T fromZeros(Gen<T> gen) {
    return gen.next(Draws.replaying(new long[0]));
  }

  @Test
  void longs_range_staysInsideAndReachesBothBounds() {
    List<Long> values = sample(Gen.longs(-5, 1_000_000), 2_000);

    assertThat(values).allSatisfy(v -> assertThat(v).isBetween(-5L, 1_000_000L))
        .contains(-5L, 0L, 1L, -1L, 1_000_000L);
  }

  @Test
  void longs_unbounded_coverEveryIntegerWidth() {
    List<Long> values = sample(Gen.longs(), 2_000);

    for (long limit : new long[] {Byte.MAX_VALUE, Short.MAX_VALUE, Integer.MAX_VALUE}) {
      assertThat(values).filteredOn(v -> Math.abs(v) > limit / 256 && Math.abs(v) <= limit)
          .hasSizeGreaterThan(20);
    }
    assertThat(values).contains(Long.MIN_VALUE, Long.MAX_VALUE)
        .filteredOn(v -> Math.abs(v) > Integer.MAX_VALUE).hasSizeGreaterThan(500);
  }

  @Test
  void bigIntegers_range_staysInsideWithSmallAndLargeMagnitudes() {
    BigInteger max = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    List<BigInteger> values = sample(Gen.bigIntegers(BigInteger.ZERO, max), 1_000);

    assertThat(values).allSatisfy(v -> assertThat(v).isBetween(BigInteger.ZERO, max));
    assertThat(values).filteredOn(v -> v.bitLength() <= 16).hasSizeGreaterThan(50);
    assertThat(values).filteredOn(v -> v.bitLength() == 64).hasSizeGreaterThan(300);
  }

  @Test
  void doubles_any_areFiniteAndOfEveryMagnitude() {
    List<Double> values = sample(Gen.doubles(), 1_000);

    assertThat(values).allSatisfy(v -> assertThat(Double.isFinite(v)).isTrue());
    assertThat(values).anySatisfy(v -> assertThat(Math.abs(v)).isLessThan(1e-100))
        .anySatisfy(v -> assertThat(Math.abs(v)).isGreaterThan(1e100))
        .anySatisfy(v -> assertThat(v * 100).isEqualTo(Math.rint(v * 100)));
  }

  @Test
  void unitDoubles_any_stayInTheHalfOpenUnitRange() {
    assertThat(sample(Gen.unitDoubles(), 1_000))
        .allSatisfy(v -> assertThat(v).isGreaterThanOrEqualTo(0.0).isLessThan(1.0))
        .contains(0.0, Math.nextDown(1.0));
  }

  @Test
  void next_allZeroDraws_giveTheSimplestValues() {
    assertThat(fromZeros(Gen.ints(5, 9))).isEqualTo(5);
    assertThat(fromZeros(Gen.ints(-3, 3))).isZero();
    assertThat(fromZeros(Gen.bigIntegers(BigInteger.TEN.negate(), BigInteger.TEN))).isZero();
    assertThat(fromZeros(Gen.of("a", "b"))).isEqualTo("a");
    assertThat(fromZeros(Gen.booleans())).isFalse();
    assertThat(fromZeros(Gen.ints(0, 9).list(5))).isEmpty();
    assertThat(fromZeros(Gen.frequency(Gen.weight(3, Gen.constant("first")),
        Gen.weight(1, Gen.constant("second"))))).isEqualTo("first");
  }

  @Test
  void next_sameDraws_giveTheSameValue() {
    Gen<List<Integer>> lists = Gen.ints(0, 100).list(8);
    Draws recorded = Draws.recording(new SplittableRandom(99));
    List<Integer> original = lists.next(recorded);

    assertThat(lists.next(Draws.replaying(recorded.served()))).isEqualTo(original);
  }

  @Test
  void set_fewDistinctValues_endsWithAllOfThem() {
    assertThat(sample(Gen.of(1, 2).set(5), 200))
        .allSatisfy(set -> assertThat(set).hasSizeLessThanOrEqualTo(2))
        .anySatisfy(set -> assertThat(set).containsExactlyInAnyOrder(1, 2));
  }

  @Test
  void maps_any_haveDistinctKeysUpToTheMaximum() {
    assertThat(sample(Gen.maps(Gen.ints(0, 3), Gen.booleans(), 3), 500))
        .allSatisfy(map -> assertThat(map).hasSizeLessThanOrEqualTo(3))
        .anySatisfy(map -> assertThat(map).hasSize(3));
  }

  @Test
  void strings_anyCodePoints_haveALengthInRange() {
    List<String> texts = sample(Gen.strings(Gen.of(0x61, 0x1f600), 2, 4), 500);

    assertThat(texts).allSatisfy(text -> assertThat(text.codePointCount(0, text.length()))
        .isBetween(2, 4)).anySatisfy(text -> assertThat(text).contains("\ud83d\ude00"))
        .contains("aa", "aaaa");
  }

  @Test
  void frequency_weights_setHowOftenEachIsChosen() {
    List<String> values = sample(Gen.frequency(Gen.weight(3, Gen.constant("often")),
        Gen.weight(1, Gen.constant("rarely"))), 4_000);

    assertThat(values).filteredOn("often"::equals).hasSizeBetween(2_800, 3_200);
  }

  @Test
  void filter_rejectingEverything_failsClearly() {
    Gen<Integer> none = Gen.ints(0, 9).filter(v -> v > 9);

    assertThatThrownBy(() -> none.next(new SplittableRandom(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("filter rejected 1000 values in a row");
  }

  @Test
  void replaying_endlessDraws_stopWithExhaustion() {
    assertThatThrownBy(() -> {
      Draws zeros = Draws.replaying(new long[0]);
      while (zeros.nextLong() == 0) {
        // Zeros until the replay judges itself endless.
      }
    }).isInstanceOf(Draws.ExhaustedException.class);
  }
}
