package io.canopywave.tf.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What scripts/bench passes to the driver. The three object counts are named by the sizes the
 * report quotes (10, 100, 500); `--quick` measures smaller ones under the same names.
 */
record BenchOptions(
    Path launcher,
    Path peer,
    Path tofu,
    Path cliConfig,
    Path workDir,
    Optional<Path> jsonOutput,
    int launches,
    int warmups,
    int repeats,
    List<Integer> objectCounts,
    boolean quick,
    boolean launchesOnly) {

  static final List<Integer> FULL_COUNTS = List.of(10, 100, 500);
  static final List<Integer> QUICK_COUNTS = List.of(2, 4, 6);

  static BenchOptions parse(String... args) {
    Path launcher = null;
    Path peer = null;
    Path tofu = null;
    Path cliConfig = null;
    Path workDir = null;
    Path json = null;
    Integer launches = null;
    Integer repeats = null;
    List<Integer> counts = null;
    boolean quick = false;
    boolean launchesOnly = false;
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      if (flag.equals("--quick")) {
        quick = true;
        continue;
      }
      if (flag.equals("--launches-only")) {
        launchesOnly = true;
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(flag + " needs a value");
      }
      String value = args[++i];
      switch (flag) {
        case "--launcher" -> launcher = Path.of(value);
        case "--peer" -> peer = Path.of(value);
        case "--tofu" -> tofu = Path.of(value);
        case "--cli-config" -> cliConfig = Path.of(value);
        case "--work" -> workDir = Path.of(value);
        case "--json" -> json = Path.of(value);
        case "--launches" -> launches = positive(flag, value);
        case "--repeats" -> repeats = positive(flag, value);
        case "--counts" -> counts = counts(value);
        default -> throw new IllegalArgumentException("unknown option " + flag);
      }
    }
    return new BenchOptions(
        required("--launcher", launcher),
        required("--peer", peer),
        required("--tofu", tofu),
        required("--cli-config", cliConfig),
        required("--work", workDir),
        Optional.ofNullable(json),
        launches != null ? launches : quick ? 5 : 20,
        quick ? 1 : 3,
        repeats != null ? repeats : quick ? 1 : 3,
        counts != null ? counts : quick ? QUICK_COUNTS : FULL_COUNTS,
        quick,
        launchesOnly);
  }

  private static <T> T required(String flag, T value) {
    if (value == null) {
      throw new IllegalArgumentException(flag + " is required");
    }
    return value;
  }

  private static int positive(String flag, String value) {
    int number = Integer.parseInt(value);
    if (number < 1) {
      throw new IllegalArgumentException(flag + " must be at least 1");
    }
    return number;
  }

  private static List<Integer> counts(String value) {
    List<Integer> counts = new ArrayList<>();
    Arrays.stream(value.split(",")).map(String::trim).map(Integer::parseInt).forEach(counts::add);
    if (counts.size() != FULL_COUNTS.size()) {
      throw new IllegalArgumentException("--counts takes three numbers, small,medium,large");
    }
    return List.copyOf(counts);
  }
}
