package io.canopywave.tf.bench;

import java.util.Arrays;
import java.util.List;

/** Order statistics of a handful of measurements (nearest-rank percentiles). */
record Summary(int count, double min, double p50, double p90, double max) {

  static Summary of(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no measurements to summarise");
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    return new Summary(
        sorted.length,
        sorted[0],
        percentile(sorted, 50),
        percentile(sorted, 90),
        sorted[sorted.length - 1]);
  }

  private static double percentile(double[] sorted, int percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
