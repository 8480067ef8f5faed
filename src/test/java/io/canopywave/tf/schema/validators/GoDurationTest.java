package io.canopywave.tf.schema.validators;

import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.testing.Gen;
import io.canopywave.tf.testing.Property;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GoDurationTest {

  @ParameterizedTest(name = "{0} = {1} ns")
  @CsvSource(delimiter = '|', value = {
      "0              | 0",
      "-0             | 0",
      "+0             | 0",
      "15s            | 15000000000",
      "500ms          | 500000000",
      "1h30m          | 5400000000000",
      "1.5h           | 5400000000000",
      "2h45m10s       | 9910000000000",
      "1h2m3s4ms5us6ns| 3723004005006",
      ".5s            | 500000000",
      "5.s            | 5000000000",
      "1m1m           | 120000000000",
      "-1.5m          | -90000000000",
      "3\u00b5s       | 3000",
      "3\u03bcs       | 3000",
      "1.0000000001s  | 1000000000",
      "2562047h47m16.854775807s | 9223372036854775807",
  })
  void parse_goDuration_givesItsLength(String text, long nanos) {
    assertThat(GoDuration.parse(text)).contains(Duration.ofNanos(nanos));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "5", "s", "1x", "5S", "1 h", " 1h", "1h ", "1..5s", ".s", "-",
      "+", "1h-5m", "--5s", "2562047h47m16.854775808s", "1e3s", "five minutes"})
  void parse_notAGoDuration_isEmpty(String text) {
    assertThat(GoDuration.parse(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0} ns -> {1}")
  @CsvSource(delimiter = '|', value = {
      "0             | 0s",
      "1200000000000 | 20m",
      "5400000000000 | 1h30m",
      "45000000000   | 45s",
      "500000000     | 500ms",
      "1500          | 1500ns",
      "60500000000   | 1m0.5s",
      "-30000000000  | -30s",
      "86400000000000| 24h",
  })
  void format_duration_writesShortGoForm(long nanos, String text) {
    assertThat(GoDuration.format(Duration.ofNanos(nanos))).isEqualTo(text);
  }

  @TestFactory
  Stream<DynamicTest> format_anyDuration_parsesBackToItself() {
    Gen<Duration> durations = Gen.longs(-9_000_000_000_000_000L, 9_000_000_000_000_000L)
        .map(Duration::ofNanos);
    return Property.forAll(durations).tries(1_000).check(duration ->
        assertThat(GoDuration.parse(GoDuration.format(duration))).contains(duration));
  }
}
