package io.canopywave.tf.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.e2e.support.BuildLayout;
import io.canopywave.tf.plugin.aot.ClientIdentity;
import io.canopywave.tf.plugin.aot.ClientTls;
import io.canopywave.tf.plugin.aot.PluginProcess;
import io.canopywave.tf.plugin.goplugin.GRPCControllerGrpc;
import io.canopywave.tf.plugin.goplugin.GrpcControllerProto;
import io.canopywave.tf.protocol.tfplugin6.ProviderGrpc;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6.GetProviderSchema;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's AOT cache: the build's training run leaves one beside the launcher; a cache
 * that does not fit is ignored without a word on stdout; an installed copy without one trains
 * its own in the background, into the per-user cache, and uses it from then on.
 */
class AotCacheIT {
  private static final Duration EXIT_LIMIT = Duration.ofSeconds(10);
  // A training run on a busy two-core machine takes well under a minute; allow plenty.
  private static final Duration TRAINING_LIMIT = Duration.ofMinutes(6);
  private static final String CACHE_LOG = "-Xlog:aot=info:stderr";

  @TempDir Path scratch;

  @Test
  void build_afterPackage_leavesACacheBesideTheLauncherThatTheJvmOpens() throws Exception {
    Path cache = BuildLayout.providerDirectory().resolve("provider.aot");
    Path stderr = scratch.resolve("stderr.txt");

    launchAndAskSchema(
        BuildLayout.launcher(), Map.of("CANOPYWAVE_PROVIDER_JAVA_OPTS", CACHE_LOG), stderr);

    assertThat(cache).isRegularFile();
    assertThat(Files.size(cache)).isGreaterThan(1_000_000);
    assertThat(Files.readString(stderr)).contains("Opened AOT cache " + cache);
  }

  @Test
  void build_trainingConfiguresAgainstTheSimulator_cacheHoldsTheApiClient() throws Exception {
    Path classes = scratch.resolve("classes.txt");

    launchAndAskSchema(BuildLayout.launcher(),
        Map.of("CANOPYWAVE_PROVIDER_JAVA_OPTS", "-Xlog:class+load=info:file=" + classes),
        scratch.resolve("stderr.txt"));

    // Only a training run whose provider made API calls records these; a plan's process would
    // otherwise load and verify some 800 classes from the jars when it configures.
    assertLoadedFromCache(classes, "okhttp3.OkHttpClient",
        "com.fasterxml.jackson.databind.ObjectMapper", "io.canopywave.tf.api.CanopyWaveClient");
  }

  /** CLASSES, a -Xlog:class+load file, shows each of NAMES loaded from the AOT cache. */
  private static void assertLoadedFromCache(Path classes, String... names) throws IOException {
    List<String> lines = Files.readAllLines(classes);
    for (String name : names) {
      assertThat(lines).as(name + " from the cache").anySatisfy(line -> assertThat(line)
          .contains(" " + name + " ").contains("shared objects file"));
    }
  }

  @Test
  void launcher_cacheIsGarbage_startsNormallyWithOnlyTheHandshakeOnStdout() throws Exception {
    Path copy = copyOfProvider();
    Files.writeString(copy.resolve("provider.aot"), "not a cache at all\n");
    Files.writeString(copy.resolve("provider.aot.dir"), copy.toRealPath() + "\n");
    Path stderr = scratch.resolve("stderr.txt");

    // PluginProcess refuses a first stdout line that is not a handshake.
    launchAndAskSchema(copy.resolve("terraform-provider-canopywave"),
        Map.of("XDG_CACHE_HOME", scratch.resolve("xdg-cache").toString()), stderr);

    assertThat(Files.readString(stderr)).contains("AOT cache");
  }

  @Test
  void launcher_noCacheAnywhere_trainsOneInTheUserCacheAndUsesItNextTime() throws Exception {
    Path copy = copyOfProvider();
    Path userCache = Files.createDirectories(scratch.resolve("xdg-cache"));
    // A rate the user's provider blocks would refuse must not reach the training's own provider.
    Map<String, String> environment = Map.of("XDG_CACHE_HOME", userCache.toString(),
        "CANOPYWAVE_PROVIDER_JAVA_OPTS", CACHE_LOG,
        "CANOPYWAVE_REQUESTS_PER_SECOND", "not-a-number");
    Path launcher = copy.resolve("terraform-provider-canopywave");
    Path classes = scratch.resolve("classes.txt");

    Instant firstStart = Instant.now();
    launchAndAskSchema(launcher, environment, scratch.resolve("first.txt"));
    Duration firstLaunch = Duration.between(firstStart, Instant.now());
    Path trained = awaitTrainedCache(userCache.resolve("terraform-provider-canopywave"));
    launchAndAskSchema(launcher,
        Map.of("XDG_CACHE_HOME", userCache.toString(), "CANOPYWAVE_PROVIDER_JAVA_OPTS",
            CACHE_LOG + " -Xlog:class+load=info:file=" + classes),
        scratch.resolve("second.txt"));

    assertThat(firstLaunch).as("the first start does not wait for the training").isLessThan(
        Duration.ofSeconds(60));
    assertThat(Files.readString(scratch.resolve("first.txt"))).doesNotContain("Opened AOT cache");
    assertThat(Files.readString(scratch.resolve("second.txt")))
        .contains("Opened AOT cache " + trained);
    // Only a training that configured and called the API records it.
    assertLoadedFromCache(classes, "okhttp3.OkHttpClient");
    try (Stream<Path> files = Files.list(trained.getParent())) {
      assertThat(files.map(path -> path.getFileName().toString()))
          .as("nothing but the cache is left").containsExactly("provider.aot");
    }
  }

  @Test
  void launcher_aotSwitchedOff_ignoresEvenTheBuildCache() throws Exception {
    Path stderr = scratch.resolve("stderr.txt");

    launchAndAskSchema(
        BuildLayout.launcher(),
        Map.of("CANOPYWAVE_AOT", "off", "CANOPYWAVE_PROVIDER_JAVA_OPTS", CACHE_LOG),
        stderr);

    assertThat(Files.readString(stderr)).doesNotContain("Opened AOT cache");
  }

  @Test
  void launcher_copiedWithTheBuildCache_leavesItAloneAndTrainsItsOwn() throws Exception {
    Path copy = copyOfProvider();
    Path build = BuildLayout.providerDirectory();
    Files.copy(build.resolve("provider.aot"), copy.resolve("provider.aot"));
    Files.copy(build.resolve("provider.aot.dir"), copy.resolve("provider.aot.dir"));
    Path userCache = Files.createDirectories(scratch.resolve("xdg-cache"));
    Path stderr = scratch.resolve("stderr.txt");

    launchAndAskSchema(copy.resolve("terraform-provider-canopywave"),
        Map.of("XDG_CACHE_HOME", userCache.toString(), "CANOPYWAVE_PROVIDER_JAVA_OPTS", CACHE_LOG),
        stderr);

    assertThat(Files.readString(stderr)).doesNotContain("Opened AOT cache");
    assertThat(awaitTrainedCache(userCache.resolve("terraform-provider-canopywave"))).exists();
  }

  /** A copy of the built provider directory, without the build's cache. */
  private Path copyOfProvider() throws IOException {
    Path source = BuildLayout.providerDirectory();
    Path target = scratch.resolve("provider");
    try (Stream<Path> paths = Files.walk(source)) {
      for (Path path : paths.toList()) {
        Path destination = target.resolve(source.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(destination);
        } else if (!path.getFileName().toString().startsWith("provider.aot")) {
          Files.copy(path, destination, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    return target;
  }

  /** Starts LAUNCHER, checks its handshake and schema answer, and sees it exit on Shutdown. */
  private static void launchAndAskSchema(
      Path launcher, Map<String, String> environment, Path stderr) throws Exception {
    var tls = new ClientTls(ClientIdentity.generate());
    // The JVM flags under test are those of the launch itself: a spare started earlier has its
    // own, so none serves these launches.
    Map<String, String> withoutSpares = new HashMap<>(environment);
    withoutSpares.put("CANOPYWAVE_SPARES", "0");
    try (PluginProcess provider =
        PluginProcess.start(
            launcher, tls.identity(), withoutSpares, ProcessBuilder.Redirect.to(stderr.toFile()))) {
      ManagedChannel channel = tls.channelTo(provider.handshake());
      try {
        var schema =
            ProviderGrpc.newBlockingStub(channel)
                .withDeadlineAfter(60, TimeUnit.SECONDS)
                .getProviderSchema(GetProviderSchema.Request.getDefaultInstance());
        assertThat(schema.getProvider().getBlock().getAttributesList()).isNotEmpty();
        try {
          GRPCControllerGrpc.newBlockingStub(channel)
              .withDeadlineAfter(10, TimeUnit.SECONDS)
              .shutdown(GrpcControllerProto.Empty.getDefaultInstance());
        } catch (StatusRuntimeException e) {
          // The process may close the connection before the answer is out.
        }
      } finally {
        channel.shutdownNow();
      }
      assertThat(provider.awaitExit(EXIT_LIMIT)).as("exited after Shutdown").isTrue();
      assertThat(provider.exitValue()).isZero();
    }
  }

  private static Path awaitTrainedCache(Path cacheRoot) throws Exception {
    Instant deadline = Instant.now().plus(TRAINING_LIMIT);
    while (Instant.now().isBefore(deadline)) {
      Optional<Path> cache = finishedCache(cacheRoot);
      if (cache.isPresent()) {
        return cache.get();
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no trained cache under " + cacheRoot + " after " + TRAINING_LIMIT
        + "; found: " + listing(cacheRoot));
  }

  /** The cache, once written and its training lock released. */
  private static Optional<Path> finishedCache(Path cacheRoot) throws IOException {
    if (!Files.isDirectory(cacheRoot)) {
      return Optional.empty();
    }
    try (Stream<Path> keys = Files.list(cacheRoot)) {
      for (Path key : keys.toList()) {
        Path cache = key.resolve("provider.aot");
        if (Files.isRegularFile(cache) && !Files.exists(key.resolve("training.lock"))) {
          return Optional.of(cache);
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> listing(Path root) throws IOException {
    if (!Files.exists(root)) {
      return List.of();
    }
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.map(Path::toString).toList();
    }
  }
}
