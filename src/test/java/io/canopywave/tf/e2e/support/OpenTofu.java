package io.canopywave.tf.e2e.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The real {@code tofu} binary, found (or built once) by {@code scripts/ensure-tofu}, and the
 * provider installed into a filesystem mirror by {@code scripts/install-provider}. Both happen at
 * most once per test JVM; when either fails, every test that needs them fails.
 */
public final class OpenTofu {
  /** Building OpenTofu from source on a cold machine takes minutes. */
  private static final Duration ENSURE_LIMIT = Duration.ofMinutes(40);

  private static final Duration INSTALL_LIMIT = Duration.ofMinutes(2);

  private static Path binary;
  private static Path cliConfig;

  private OpenTofu() {}

  /** The absolute path of the tofu executable. */
  public static synchronized Path binary() {
    if (binary == null) {
      CommandResult result = script("ensure-tofu", List.of(), ENSURE_LIMIT);
      Path path = Path.of(lastLine(result));
      if (!Files.isExecutable(path)) {
        throw new AssertionError("ensure-tofu printed " + path + ", not an executable");
      }
      binary = path;
    }
    return binary;
  }

  /** The CLI config file that makes tofu take canopywave/canopywave from the test mirror. */
  public static synchronized Path cliConfig() {
    if (cliConfig == null) {
      Path mirror = BuildLayout.buildDirectory().resolve("it-mirror");
      CommandResult result =
          script(
              "install-provider",
              List.of(
                  "--provider-dir", BuildLayout.providerDirectory().toString(),
                  "--mirror", mirror.toString()),
              INSTALL_LIMIT);
      cliConfig = Path.of(lastLine(result));
    }
    return cliConfig;
  }

  private static CommandResult script(String name, List<String> args, Duration limit) {
    Path script = BuildLayout.repositoryRoot().resolve("scripts").resolve(name);
    List<String> command = Stream.concat(Stream.of(script.toString()), args.stream()).toList();
    CommandResult result = Commands.run(command, BuildLayout.repositoryRoot(), Map.of(), limit);
    if (!result.succeeded()) {
      throw new AssertionError("scripts/" + name + " failed\n" + result.describe());
    }
    return result;
  }

  private static String lastLine(CommandResult result) {
    List<String> lines = result.stdout().lines().filter(line -> !line.isBlank()).toList();
    if (lines.isEmpty()) {
      throw new AssertionError(result.command() + " printed no path\n" + result.describe());
    }
    return lines.getLast().strip();
  }
}
