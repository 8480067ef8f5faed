package io.canopywave.tf.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A command started by {@link Commands#start}, whose output is being captured: it can be sent
 * an interrupt, as a user's Ctrl-C would, and awaited with a time limit.
 */
public final class RunningCommand {
  private static final Duration SIGNAL_LIMIT = Duration.ofSeconds(10);

  private final List<String> command;
  private final Process process;
  private final CompletableFuture<String> stdout;
  private final CompletableFuture<String> stderr;

  RunningCommand(List<String> command, Process process) {
    this.command = command;
    this.process = process;
    this.stdout = Commands.drain(process.getInputStream());
    this.stderr = Commands.drain(process.getErrorStream());
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Sends SIGINT to this process only, not to its children (tofu forwards what it must). */
  public void interrupt() {
    List<String> kill = List.of("kill", "-INT", Long.toString(process.pid()));
    CommandResult sent = Commands.start(kill, BuildLayout.buildDirectory(), Map.of())
        .await(SIGNAL_LIMIT);
    if (!sent.succeeded()) {
      throw new AssertionError("could not interrupt " + command + ": " + sent.describe());
    }
  }

  /**
   * Waits until the command ends and answers what it printed. A command still running at
   * {@code limit} is killed, with its children, and the call fails.
   */
  public CommandResult await(Duration limit) {
    String line = String.join(" ", command);
    try {
      if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        throw new AssertionError(line + " did not finish within " + limit + "\n--- stderr\n"
            + stderr.getNow(""));
      }
      return new CommandResult(line, process.exitValue(), stdout.join(), stderr.join());
    } catch (InterruptedException e) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for " + line, e);
    }
  }

  /** Starts {@code builder}; the caller has set its directory, environment and input. */
  static RunningCommand start(List<String> command, ProcessBuilder builder) {
    try {
      return new RunningCommand(command, builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command, e);
    }
  }
}
