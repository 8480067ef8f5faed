package io.canopywave.tf.plugin.aot;

import io.canopywave.tf.provider.CanopyWaveProvider;
import io.grpc.ManagedChannel;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

/**
 * The training run behind the provider's AOT cache (JDK 25, JEP 483/514/515). It launches the
 * provider through its launcher with {@value #OUTPUT_VARIABLE} set, so that the JVM records what
 * it loads and compiles and writes the cache when it exits; it drives a plan-like exchange over
 * mTLS as OpenTofu would, then moves the finished cache into place atomically, so a reader never
 * sees half a file. Run at build time for the tests and by the launcher, in the background, on
 * the first start of an installed copy.
 *
 * <p>Usage: {@code AotTraining LAUNCHER CACHE_FILE}. Exit status 0 when the cache was written.
 */
public final class AotTraining {

  /** Set for the launched provider: where its JVM writes the cache it records. */
  public static final String OUTPUT_VARIABLE = "CANOPYWAVE_AOT_CACHE_OUTPUT";

  private static final String PARTIAL_SUFFIX = ".partial";

  // Writing the cache happens after Shutdown, in the JVM's exit, and takes some seconds.
  private static final Duration CACHE_WRITE_TIMEOUT = Duration.ofMinutes(5);

  private AotTraining() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: AotTraining LAUNCHER CACHE_FILE");
      System.exit(2);
    }
    int status = train(Path.of(args[0]), Path.of(args[1]));
    // gRPC's client threads would otherwise keep this JVM alive a little longer.
    System.exit(status);
  }

  /**
   * Deletes the partial caches of earlier runs that were killed: their provider still writes its
   * cache at exit, after the run that would have removed it is gone. One run at a time trains
   * into a directory (the launcher's lock, or the build), so none of them is still being written.
   */
  private static void removeLeftovers(Path directory, String partialPrefix) throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        if (name.startsWith(partialPrefix) && name.endsWith(PARTIAL_SUFFIX)) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  static int train(Path launcher, Path cache) throws IOException, InterruptedException {
    Path directory = cache.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    String partialPrefix = cache.getFileName() + ".";
    removeLeftovers(directory, partialPrefix);
    Path partial = Files.createTempFile(directory, partialPrefix, PARTIAL_SUFFIX);
    // The temporary file only reserves a unique name: the provider's JVM creates the cache.
    Files.delete(partial);
    try (var api = TrainingApi.start()) {
      var tls = new ClientTls(ClientIdentity.generate());
      try (PluginProcess provider =
          PluginProcess.start(
              launcher,
              tls.identity(),
              Map.of(OUTPUT_VARIABLE, partial.toString()),
              ProcessBuilder.Redirect.DISCARD)) {
        ManagedChannel channel = tls.channelTo(provider.handshake());
        int failures;
        try {
          failures = new TrainingExchange(new CanopyWaveProvider(Map.of()), api).run(channel);
        } finally {
          channel.shutdownNow();
        }
        if (!provider.awaitExit(CACHE_WRITE_TIMEOUT)) {
          System.err.println("the training provider did not exit within " + CACHE_WRITE_TIMEOUT);
          return 1;
        }
        if (failures > 0 || provider.exitValue() != 0) {
          System.err.printf("training: %d failed calls, provider exit status %d%n",
              failures, provider.exitValue());
          return 1;
        }
      }
      if (!Files.isRegularFile(partial) || Files.size(partial) == 0) {
        System.err.println("the provider's JVM wrote no AOT cache");
        return 1;
      }
      Files.move(partial, cache, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
      return 0;
    } finally {
      Files.deleteIfExists(partial);
    }
  }
}
