package io.canopywave.tf.e2e.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Runs a command to completion with a time limit, capturing both output streams. */
public final class Commands {
  private Commands() {}

  /**
   * Runs {@code command} in {@code directory}. The environment is this JVM's plus {@code extra}
   * (a null value removes a variable). A command still running at {@code limit} is killed, with
   * its children, and the call fails.
   */
  public static CommandResult run(
      List<String> command, Path directory, Map<String, String> extra, Duration limit) {
    return start(command, directory, extra).await(limit);
  }

  /** Starts {@code command} as {@link #run} does, without waiting for it. */
  public static RunningCommand start(
      List<String> command, Path directory, Map<String, String> extra) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    extra.forEach(
        (name, value) -> {
          if (value == null) {
            builder.environment().remove(name);
          } else {
            builder.environment().put(name, value);
          }
        });
    builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    return RunningCommand.start(command, builder);
  }

  static CompletableFuture<String> drain(InputStream stream) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            return "";
          }
        },
        runnable -> Thread.ofPlatform().daemon().start(runnable));
  }
}
