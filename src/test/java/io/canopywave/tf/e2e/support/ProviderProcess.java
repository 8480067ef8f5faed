package io.canopywave.tf.e2e.support;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The packaged launcher started as OpenTofu starts it: no shell, a chosen environment, stdout and
 * stderr read line by line. Closing it kills the process if it is still running.
 */
public final class ProviderProcess implements AutoCloseable {
  private final Process process;
  /** Lines in order; an empty value marks the end of stdout. */
  private final BlockingQueue<Optional<String>> stdout = new LinkedBlockingQueue<>();
  private final List<String> stdoutSeen = new CopyOnWriteArrayList<>();
  private final List<String> stderr = new CopyOnWriteArrayList<>();
  private final Thread stderrReader;

  private ProviderProcess(Process process) {
    this.process = process;
    readLines(
        process.getInputStream(),
        line -> {
          stdoutSeen.add(line);
          stdout.add(Optional.of(line));
        },
        () -> stdout.add(Optional.empty()));
    stderrReader = readLines(process.getErrorStream(), stderr::add, () -> {});
  }

  /**
   * Starts the launcher with {@code environment} on top of a neutral base: this JVM's variables
   * without any TF_* or PLUGIN_* ones, and JAVA_HOME set to the Java running the tests. A null
   * value leaves a variable out.
   */
  public static ProviderProcess start(List<String> args, Map<String, String> environment) {
    return start(BuildLayout.launcher(), args, environment);
  }

  /** Like {@link #start(List, Map)}, through another path to the launcher (a link, a copy). */
  public static ProviderProcess start(
      Path launcher, List<String> args, Map<String, String> environment) {
    List<String> command = new ArrayList<>();
    command.add(launcher.toString());
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("TF_") || name.startsWith("PLUGIN_"));
    env.put("JAVA_HOME", System.getProperty("java.home"));
    environment.forEach(
        (name, value) -> {
          if (value == null) {
            env.remove(name);
          } else {
            env.put(name, value);
          }
        });
    builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    try {
      return new ProviderProcess(builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command, e);
    }
  }

  public long pid() {
    return process.pid();
  }

  public ProcessHandle handle() {
    return process.toHandle();
  }

  /** The next stdout line, or empty when stdout ended or nothing came within {@code limit}. */
  public Optional<String> nextStdoutLine(Duration limit) {
    try {
      Optional<String> line = stdout.poll(limit.toMillis(), TimeUnit.MILLISECONDS);
      if (line == null) {
        return Optional.empty();
      }
      if (line.isEmpty()) {
        stdout.add(line); // Keep the end marker for later calls.
      }
      return line;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** Every stdout line read so far. */
  public List<String> stdoutLines() {
    return List.copyOf(stdoutSeen);
  }

  /** Every stderr line so far; after {@link #awaitExit} returned a status, all of them. */
  public List<String> stderrLines() {
    return List.copyOf(stderr);
  }

  /** The exit status, or empty when the process still runs after {@code limit}. */
  public Optional<Integer> awaitExit(Duration limit) {
    try {
      if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        return Optional.empty();
      }
      stderrReader.join(Duration.ofSeconds(5));
      return Optional.of(process.exitValue());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** Sends a signal by name (INT, TERM) with the system's kill command. */
  public void signal(String name) {
    CommandResult result =
        Commands.run(
            List.of("kill", "-" + name, Long.toString(pid())),
            BuildLayout.buildDirectory(),
            Map.of(),
            Duration.ofSeconds(10));
    if (!result.succeeded()) {
      throw new AssertionError(result.describe());
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static Thread readLines(InputStream stream, Consumer<String> sink, Runnable atEnd) {
    return Thread.ofPlatform()
        .daemon()
        .start(
            () -> {
              try (BufferedReader reader =
                  new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                  sink.accept(line);
                }
              } catch (IOException e) {
                // The process died; what was read is all there is.
              } finally {
                atEnd.run();
              }
            });
  }
}
