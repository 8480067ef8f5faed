package io.canopywave.tf.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SummaryTest {

  @Test
  void of_twentyValuesInAnyOrder_nearestRankPercentiles() {
    List<Double> values = new ArrayList<>();
    for (int value = 1; value <= 20; value++) {
      values.add((double) value);
    }
    Collections.shuffle(values, new Random(7));

    Summary summary = Summary.of(values);

    assertThat(summary.count()).isEqualTo(20);
    assertThat(summary.min()).isEqualTo(1.0);
    assertThat(summary.p50()).isEqualTo(10.0);
    assertThat(summary.p90()).isEqualTo(18.0);
    assertThat(summary.max()).isEqualTo(20.0);
  }

  @Test
  void of_oneValue_everyFigureIsThatValue() {
    Summary summary = Summary.of(List.of(42.5));

    assertThat(List.of(summary.min(), summary.p50(), summary.p90(), summary.max()))
        .containsOnly(42.5);
  }

  @Test
  void of_noValues_refused() {
    assertThatThrownBy(() -> Summary.of(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
