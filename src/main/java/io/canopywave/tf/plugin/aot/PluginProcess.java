package io.canopywave.tf.plugin.aot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A provider started the way OpenTofu starts one: the file executed with no arguments, the
 * go-plugin environment and a one-off client certificate, then its handshake line read from
 * stdout. Start and handshake times are kept for callers that measure launches.
 */
public final class PluginProcess implements AutoCloseable {

  public static final String MAGIC_COOKIE =
      "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2";
  private static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(60);
  private static final List<String> DROPPED_VARIABLES =
      List.of("TF_LOG", "TF_LOG_PROVIDER", "TF_LOG_PATH", "TF_REATTACH_PROVIDERS");

  private final Process process;
  private final long startedNanos;
  private final long handshakeNanos;
  private final PluginHandshake handshake;

  private PluginProcess(
      Process process, long startedNanos, long handshakeNanos, PluginHandshake handshake) {
    this.process = process;
    this.startedNanos = startedNanos;
    this.handshakeNanos = handshakeNanos;
    this.handshake = handshake;
  }

  /** The variables a go-plugin client sets for a provider it starts, as OpenTofu sets them. */
  public static Map<String, String> goPluginEnvironment(ClientIdentity identity) {
    return Map.of(
        "TF_PLUGIN_MAGIC_COOKIE", MAGIC_COOKIE,
        "PLUGIN_PROTOCOL_VERSIONS", "5,6",
        "PLUGIN_MIN_PORT", "10000",
        "PLUGIN_MAX_PORT", "25000",
        "PLUGIN_CLIENT_CERT", identity.certificatePem());
  }

  /**
   * Executes EXECUTABLE and waits for its handshake. EXTRA_ENVIRONMENT is added to the inherited
   * environment; STDERR says where the provider's log lines go.
   */
  public static PluginProcess start(
      Path executable,
      ClientIdentity identity,
      Map<String, String> extraEnvironment,
      ProcessBuilder.Redirect stderr)
      throws IOException, InterruptedException {
    var builder = new ProcessBuilder(executable.toString());
    Map<String, String> environment = builder.environment();
    DROPPED_VARIABLES.forEach(environment::remove);
    environment.putAll(goPluginEnvironment(identity));
    environment.putAll(extraEnvironment);
    builder.redirectError(stderr);

    long started = System.nanoTime();
    Process process = builder.start();
    try {
      var stdout =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line = readHandshake(stdout, process);
      long handshaken = System.nanoTime();
      Thread.ofVirtual().start(() -> drain(stdout));
      return new PluginProcess(process, started, handshaken, PluginHandshake.parse(line));
    } catch (IOException | RuntimeException | InterruptedException e) {
      process.destroyForcibly();
      throw e;
    }
  }

  public PluginHandshake handshake() {
    return handshake;
  }

  public long pid() {
    return process.pid();
  }

  public long startedNanos() {
    return startedNanos;
  }

  public long handshakeNanos() {
    return handshakeNanos;
  }

  /** Waits up to TIMEOUT for the process to end by itself; true when it has. */
  public boolean awaitExit(Duration timeout) throws InterruptedException {
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  public int exitValue() {
    return process.exitValue();
  }

  /** Kills the process if it still runs, as the client does after its grace period. */
  @Override
  public void close() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }

  private static String readHandshake(BufferedReader stdout, Process process)
      throws InterruptedException, IOException {
    CompletableFuture<String> line =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return stdout.readLine();
              } catch (IOException e) {
                throw new IllegalStateException("reading the handshake line failed", e);
              }
            },
            runnable -> Thread.ofVirtual().start(runnable));
    try {
      String text = line.get(HANDSHAKE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      if (text == null) {
        throw new IOException(
            "the provider closed stdout without a handshake; exit status " + process.waitFor());
      }
      return text;
    } catch (ExecutionException e) {
      throw new IOException("no handshake line", e.getCause());
    } catch (TimeoutException e) {
      throw new IOException("no handshake line within " + HANDSHAKE_TIMEOUT.toSeconds() + " s", e);
    }
  }

  private static void drain(BufferedReader stdout) {
    try (stdout) {
      while (stdout.readLine() != null) {
        // After the handshake the client reads and ignores stdout, as this loop does.
      }
    } catch (IOException e) {
      // The process went away; nothing more to read.
    }
  }
}
