package io.canopywave.tf.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real `tofu` in a module directory and times it, wall clock from exec to exit, while
 * watching the provider processes it starts. Output goes to a log file beside the module, so a
 * failure can say what tofu said.
 */
final class TofuCommand {

  private static final long TIMEOUT_MINUTES = 15;
  private static final int FAILURE_TAIL_LINES = 25;

  private final Path tofu;
  private final Map<String, String> environment;
  private final SpareProcesses spares;

  TofuCommand(Path tofu, Path cliConfig, SpareProcesses spares) {
    this.spares = spares;
    this.tofu = tofu;
    this.environment =
        Map.of(
            "TF_CLI_CONFIG_FILE", cliConfig.toString(),
            "CHECKPOINT_DISABLE", "1",
            "TF_IN_AUTOMATION", "1",
            "TF_INPUT", "0");
  }

  /** One timed run of `tofu ARGS` in MODULE; fails when tofu exits non-zero. */
  TofuRun run(Path module, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(tofu.toString());
    command.addAll(List.of(args));
    Path log = module.resolve("tofu-" + args[0] + ".log");
    var builder = new ProcessBuilder(command).directory(module.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("TF_"));
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));

    long started = System.nanoTime();
    Process process = builder.start();
    double peakMib;
    boolean finished;
    try (var sampler = new PeakRssSampler(process.pid(), spares)) {
      finished = process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
      peakMib = sampler.peakMib();
    }
    long ended = System.nanoTime();
    if (!finished) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor();
      throw new IllegalStateException(
          "tofu " + String.join(" ", args) + " ran over " + TIMEOUT_MINUTES + " minutes");
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          "tofu "
              + String.join(" ", args)
              + " failed in "
              + module
              + " with status "
              + process.exitValue()
              + ":\n"
              + tail(log));
    }
    return new TofuRun((ended - started) / 1e6, peakMib);
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    int from = Math.max(0, lines.size() - FAILURE_TAIL_LINES);
    return String.join("\n", lines.subList(from, lines.size()));
  }
}
