package io.canopywave.tf.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

  private static final List<String> REQUIRED =
      List.of("--launcher", "/l", "--peer", "/p", "--tofu", "/t", "--cli-config", "/c",
          "--work", "/w");

  private static String[] with(String... extra) {
    List<String> args = new ArrayList<>(REQUIRED);
    args.addAll(List.of(extra));
    return args.toArray(String[]::new);
  }

  @Test
  void parse_noSizeFlags_fullRunWithTwentyLaunchesAndTheQuotedCounts() {
    BenchOptions options = BenchOptions.parse(with());

    assertThat(options.launches()).isEqualTo(20);
    assertThat(options.repeats()).isEqualTo(3);
    assertThat(options.objectCounts()).containsExactly(10, 100, 500);
    assertThat(options.quick()).isFalse();
    assertThat(options.jsonOutput()).isEmpty();
    assertThat(options.launcher()).isEqualTo(Path.of("/l"));
  }

  @Test
  void parse_quick_smallCountsAndFewLaunchesUnlessOverridden() {
    BenchOptions quick = BenchOptions.parse(with("--quick", "--json", "/out.json"));
    BenchOptions overridden = BenchOptions.parse(with("--quick", "--launches", "7"));

    assertThat(quick.objectCounts()).containsExactly(2, 4, 6);
    assertThat(quick.launches()).isEqualTo(5);
    assertThat(quick.jsonOutput()).contains(Path.of("/out.json"));
    assertThat(overridden.launches()).isEqualTo(7);
  }

  @Test
  void parse_badInput_refusedWithTheFlagNamed() {
    assertThatThrownBy(() -> BenchOptions.parse("--launcher", "/l"))
        .hasMessageContaining("--peer");
    assertThatThrownBy(() -> BenchOptions.parse(with("--counts", "1,2")))
        .hasMessageContaining("--counts");
    assertThatThrownBy(() -> BenchOptions.parse(with("--launches", "0")))
        .hasMessageContaining("--launches");
    assertThatThrownBy(() -> BenchOptions.parse(with("--frobnicate", "1")))
        .hasMessageContaining("--frobnicate");
  }
}
