package io.canopywave.tf.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.e2e.support.BuildLayout;
import io.canopywave.tf.e2e.support.CommandResult;
import io.canopywave.tf.e2e.support.Hcl;
import io.canopywave.tf.e2e.support.ProviderProcess;
import io.canopywave.tf.e2e.support.SimulatedCloud;
import io.canopywave.tf.e2e.support.TofuWorkspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Spare providers: the launcher keeps warm ones per user and copy, hands each launch to one, and
 * the spare serves that session exactly as a provider the client started would, then returns to
 * the pool. Each test has a
 * runtime directory, and so a pool, of its own.
 */
class SpareIT {
  @RegisterExtension
  static final SimulatedCloud CLOUD = new SimulatedCloud();

  private static final Duration READY_LIMIT = Duration.ofMinutes(4);
  private static final Duration EXIT_LIMIT = Duration.ofSeconds(30);
  private static final String COOKIE =
      "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2";

  private Path runtime;

  @BeforeEach
  void privateRuntimeDirectory() throws IOException {
    Path parent = Files.createDirectories(BuildLayout.buildDirectory().resolve("it-runtime"));
    runtime = Files.createTempDirectory(parent, "spares-",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
  }

  @AfterEach
  void stopSpares() {
    allSpares().forEach(ProcessHandle::destroyForcibly);
  }

  private TofuWorkspace workspace(String name, int spares) {
    return CLOUD.workspace(name)
        .withEnvironment("XDG_RUNTIME_DIR", runtime.toString())
        .withEnvironment("CANOPYWAVE_SPARES", Integer.toString(spares))
        .write("main.tf", Hcl.resource("canopywave_ssh_key", "deploy",
            Hcl.quoted("name", "spare-served"),
            Hcl.quoted("public_key", "ssh-ed25519 "
                + "AAAAC3NzaC1lZDI1NTE5AAAAIMy/6SeyjtenrEyUDS4b7LBMCphEOPQu1tcnWGE7keZe")));
  }

  @Test
  void commandsAfterTheFirst_areServedBySparesThatReturnToThePool_withTheClientsEnvironment()
      throws Exception {
    TofuWorkspace workspace = workspace("spares-serve", 2);
    workspace.init();
    workspace.apply();
    List<Long> ready = warmPool(workspace, 2);

    // The key reaches a spare only through the launch's hand-over: the spare's own environment
    // is a clean one, and keeps no secret while it idles.
    for (long pid : ready) {
      assertThat(environmentOf(pid)).doesNotContain("CANOPYWAVE_API_KEY", CLOUD.simulator()
          .apiKey());
    }
    Path log = workspace.directory().resolve("tofu-debug.log");
    workspace.withEnvironment("TF_LOG", "debug").withEnvironment("TF_LOG_PATH", log.toString());
    assertThat(workspace.planExitCode()).as("a plan through spares sees no change").isZero();
    CommandResult destroy = workspace.destroy();
    assertThat(destroy.succeeded()).as(destroy.describe()).isTrue();
    assertThat(CLOUD.objects("ssh-keys")).isEmpty();

    // Each launch of both commands (three for the plan, three or more for the destroy) was a
    // session of one of the two spares, which went back to the pool after each: no other
    // provider process served, and no replacement had to start.
    List<Long> servedBy = servingPids(Files.readString(log));
    assertThat(servedBy).hasSizeGreaterThanOrEqualTo(6);
    assertThat(ready).containsAll(servedBy);
    assertThat(awaitTrue(() -> readySparesOrNone().equals(ready)))
        .as("the same two spares ready again; pool: %s", poolEntriesOrNone()).isTrue();
    for (long pid : ready) {
      assertThat(environmentOf(pid)).doesNotContain(CLOUD.simulator().apiKey());
    }
  }

  /** The pids in the provider's "plugin serving" log lines, one per session, in order. */
  private static List<Long> servingPids(String log) {
    List<Long> pids = new ArrayList<>();
    Matcher serving = Pattern.compile("plugin serving: .*?\\bpid=([0-9]+)").matcher(log);
    while (serving.find()) {
      pids.add(Long.parseLong(serving.group(1)));
    }
    return pids;
  }

  private List<Long> readySparesOrNone() {
    try {
      return readySpares();
    } catch (IOException e) {
      return List.of();
    }
  }

  private List<String> poolEntriesOrNone() {
    try {
      return poolEntries();
    } catch (IOException e) {
      return List.of();
    }
  }

  @Test
  void idleSpare_exitsAfterItsIdleTimeAndLeavesThePool() throws Exception {
    TofuWorkspace workspace = workspace("spares-idle", 1)
        .withEnvironment("CANOPYWAVE_SPARE_IDLE_SECONDS", "2");
    long pid = warmPool(workspace, 1).getFirst();

    assertThat(awaitGone(pid)).as("the idle spare exits").isTrue();
    assertThat(poolEntries()).isEmpty();
  }

  @Test
  void stopSpares_endsTheIdleSparesOfTheCopy() throws Exception {
    TofuWorkspace workspace = workspace("spares-stop", 2);
    List<Long> ready = warmPool(workspace, 2);

    run(installedLauncher(workspace), "--stop-spares");

    for (long pid : ready) {
      assertThat(awaitGone(pid)).as("spare %d stopped", pid).isTrue();
    }
    assertThat(poolEntries()).isEmpty();
    assertThat(pool()).as("an emptied pool is removed").isEmpty();
  }

  @Test
  void staleEntriesInThePool_arePassedOverAtOnceAndNothingIsWrittenToThem() throws Exception {
    Process finished = new ProcessBuilder("true").start();
    finished.waitFor(10, TimeUnit.SECONDS);
    // Processes alive under the pids of entries, but not spares: a pid reused after a crash.
    Process impostor = new ProcessBuilder("sleep", "120").start();
    Process bare = new ProcessBuilder("sleep", "120").start();
    Process squatter = new ProcessBuilder("sleep", "120").start();
    Files.createDirectories(runtime.resolve("terraform-provider-canopywave"));
    try (ProviderProcess first = launch(BuildLayout.launcher(), Map.of("CANOPYWAVE_SPARES", "1"))) {
      assertThat(first.nextStdoutLine(Duration.ofSeconds(60))).isPresent();
    }
    Path pool = pool().orElseThrow();
    run(BuildLayout.launcher(), "--stop-spares");
    // The same pool, holding nothing but the entry of a spare that died.
    Files.createDirectories(pool,
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    Path dead = Files.createDirectories(pool.resolve("ready." + finished.pid()));
    Path reused = Files.createDirectories(pool.resolve("ready." + impostor.pid()));
    mkfifo(reused.resolve("requests"), reused.resolve("output"));
    Path empty = Files.createDirectories(pool.resolve("ready." + bare.pid()));
    // A spare killed while starting, its pid since taken by another program: it must neither be
    // claimed nor count as a member of the pool.
    Path starting = Files.createDirectories(pool.resolve("starting." + squatter.pid()));
    mkfifo(starting.resolve("requests"), starting.resolve("output"));

    Instant started = Instant.now();
    try (ProviderProcess provider = launch(BuildLayout.launcher(),
        Map.of("CANOPYWAVE_SPARES", "1", "CANOPYWAVE_API_KEY", "key-for-no-file"))) {
      assertThat(provider.nextStdoutLine(Duration.ofSeconds(60)))
          .hasValueSatisfying(line -> assertThat(line).startsWith("1|6|tcp|127.0.0.1:"));
    } finally {
      impostor.destroyForcibly();
      bare.destroyForcibly();
      squatter.destroyForcibly();
    }

    assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(20));
    assertThat(List.of(dead, reused, empty, starting)).as("stale entries are removed")
        .allSatisfy(entry -> assertThat(entry).doesNotExist());
    assertThat(awaitTrue(() -> allSpares().findAny().isPresent()))
        .as("the launch started a spare in their place").isTrue();
    try (Stream<Path> files = Files.walk(pool)) {
      assertThat(files.filter(Files::isRegularFile)).as("no request written to a plain file")
          .isEmpty();
    }
  }

  @Test
  void launchWithJavaOptionsOfItsOwn_orSparesOff_startsItsOwnJvm() throws Exception {
    try (ProviderProcess first = launch(BuildLayout.launcher(), Map.of("CANOPYWAVE_SPARES", "1"))) {
      assertThat(first.nextStdoutLine(Duration.ofSeconds(60))).isPresent();
    }
    long spare = awaitReadySpare();

    for (Map<String, String> own : List.of(Map.of("JAVA_TOOL_OPTIONS", "-Duser.timezone=UTC"),
        Map.of("CANOPYWAVE_PROVIDER_JAVA_OPTS", "-Xss1m"), Map.of("CANOPYWAVE_SPARES", "off"))) {
      try (ProviderProcess provider = launch(BuildLayout.launcher(), own)) {
        assertThat(provider.nextStdoutLine(Duration.ofSeconds(60))).as("%s", own)
            .hasValueSatisfying(line -> assertThat(line).startsWith("1|6|tcp|127.0.0.1:"));
      }
      assertThat(readySpares()).as("%s leaves the spare alone", own).contains(spare);
    }
  }

  @Test
  void poolThatOthersMayEnter_isNotUsed() throws Exception {
    try (ProviderProcess first = launch(BuildLayout.launcher(), Map.of("CANOPYWAVE_SPARES", "1"))) {
      assertThat(first.nextStdoutLine(Duration.ofSeconds(60))).isPresent();
    }
    long spare = awaitReadySpare();
    Files.setPosixFilePermissions(pool().orElseThrow(),
        PosixFilePermissions.fromString("rwxrwxrwx"));

    try (ProviderProcess provider =
        launch(BuildLayout.launcher(), Map.of("CANOPYWAVE_SPARES", "1"))) {
      assertThat(provider.nextStdoutLine(Duration.ofSeconds(60)))
          .hasValueSatisfying(line -> assertThat(line).startsWith("1|6|tcp|127.0.0.1:"));
    }

    // Another user could have put a fake spare there, and been handed the session's secrets.
    assertThat(readySpares()).as("the spare was left alone").contains(spare);
  }

  /** The first ready spare of the build's copy, whose pool a launch has filled. */
  private long awaitReadySpare() throws Exception {
    Instant deadline = Instant.now().plus(READY_LIMIT);
    while (Instant.now().isBefore(deadline)) {
      List<Long> ready = readySpares();
      if (!ready.isEmpty()) {
        return ready.getFirst();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no spare ready within " + READY_LIMIT + "; pool: " + poolEntries());
  }

  @Test
  void servingSpare_stopSparesRetiresIt_andItExitsWithItsKilledLauncher() throws Exception {
    TofuWorkspace workspace = workspace("spares-killed", 1);
    long spare = warmPool(workspace, 1).getFirst();

    try (ProviderProcess provider =
        launch(installedLauncher(workspace), Map.of("CANOPYWAVE_SPARES", "1"))) {
      assertThat(provider.nextStdoutLine(Duration.ofSeconds(60)))
          .hasValueSatisfying(line -> assertThat(line).startsWith("1|6|tcp|127.0.0.1:"));
      assertThat(readySpares()).as("the launch claimed the ready spare").doesNotContain(spare);
      assertThat(ProcessHandle.of(spare).map(ProcessHandle::isAlive)).contains(true);

      run(installedLauncher(workspace), "--stop-spares");
      assertThat(poolEntries()).as("a serving spare is marked to retire, not stopped")
          .contains("retiring." + spare);
      assertThat(ProcessHandle.of(spare).map(ProcessHandle::isAlive)).contains(true);

      provider.signal("KILL");

      assertThat(awaitGone(spare)).as("the spare follows its launcher").isTrue();
      assertThat(awaitTrue(() -> poolEntriesOrNone().isEmpty()))
          .as("the retired spare removed its entry; pool: %s", poolEntriesOrNone()).isTrue();
    }
  }

  @Test
  void environmentLargerThanAFifo_toASpareThatDies_fallsBackAndLeavesNoWriterBehind()
      throws Exception {
    TofuWorkspace workspace = workspace("spares-huge", 1);
    long spare = warmPool(workspace, 1).getFirst();
    // Stopped, the spare reads nothing: the request, far larger than a FIFO holds, cannot all
    // be written; then the spare dies, as a hung or crashed one would.
    signal(spare, "STOP");
    String marker = "huge-environment-" + System.nanoTime();
    Map<String, String> huge = Map.of("CANOPYWAVE_SPARES", "1",
        "TF_VAR_first", marker + "a".repeat(90_000), "TF_VAR_second", "b".repeat(90_000));

    try (ProviderProcess provider = launch(installedLauncher(workspace), huge)) {
      assertThat(awaitTrue(() -> !readySparesOrNone().contains(spare))).as("claimed").isTrue();
      Thread.sleep(500);
      signal(spare, "KILL");

      assertThat(provider.nextStdoutLine(Duration.ofSeconds(60))).as("a provider of its own")
          .hasValueSatisfying(line -> assertThat(line).startsWith("1|6|tcp|127.0.0.1:"));
      // Only the provider the launch became holds the client's environment now.
      assertThat(awaitTrue(() -> processesWhoseEnvironmentHas(marker).equals(
          List.of(provider.pid())))).as("holders of the environment: %s",
          processesWhoseEnvironmentHas(marker)).isTrue();
    }

    // Again, with the launch itself killed while its request waits: once the spare is gone too,
    // nothing is left holding the environment. (A launch refills the pool once, and that one
    // counted the spare it claimed: the next launch starts the spare.)
    try (ProviderProcess refill = launch(installedLauncher(workspace),
        Map.of("CANOPYWAVE_SPARES", "1"))) {
      assertThat(refill.nextStdoutLine(Duration.ofSeconds(60))).isPresent();
    }
    long next = awaitReadySpare();
    signal(next, "STOP");
    try (ProviderProcess provider = launch(installedLauncher(workspace), huge)) {
      assertThat(awaitTrue(() -> !readySparesOrNone().contains(next))).as("claimed").isTrue();
      Thread.sleep(500);
      provider.signal("KILL");
      signal(next, "KILL");

      assertThat(awaitTrue(() -> processesWhoseEnvironmentHas(marker).isEmpty()))
          .as("holders of the environment: %s", processesWhoseEnvironmentHas(marker)).isTrue();
    }
  }

  private static void signal(long pid, String name) throws Exception {
    Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid)).inheritIO().start();
    assertThat(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0).isTrue();
  }

  private static List<Long> processesWhoseEnvironmentHas(String text) {
    return ProcessHandle.allProcesses().map(ProcessHandle::pid).filter(pid -> {
      try {
        return environmentOf(pid).contains(text);
      } catch (IOException | RuntimeException e) {
        return false;
      }
    }).sorted().toList();
  }

  @Test
  void launchRunByHand_isNotHandedToASpare() throws Exception {
    TofuWorkspace workspace = workspace("spares-by-hand", 1);
    long spare = warmPool(workspace, 1).getFirst();

    Map<String, String> noCookie = new HashMap<>();
    noCookie.put("TF_PLUGIN_MAGIC_COOKIE", "");
    try (ProviderProcess provider = launch(installedLauncher(workspace), noCookie)) {
      assertThat(provider.awaitExit(Duration.ofSeconds(60))).contains(1);
      assertThat(String.join("\n", provider.stderrLines())).contains("plugin for OpenTofu");
    }
    assertThat(readySpares()).contains(spare);
  }

  private ProviderProcess launch(Path launcher, Map<String, String> extra) {
    Map<String, String> environment = new HashMap<>();
    environment.put("XDG_RUNTIME_DIR", runtime.toString());
    environment.put("TF_PLUGIN_MAGIC_COOKIE", COOKIE);
    environment.put("PLUGIN_PROTOCOL_VERSIONS", "6");
    environment.putAll(extra);
    return ProviderProcess.start(launcher, List.of(), environment);
  }

  /** Runs LAUNCHER with ARGS and the test's runtime directory, and waits for it. */
  private void run(Path launcher, String... args) {
    try (ProviderProcess process = ProviderProcess.start(
        launcher, List.of(args), Map.of("XDG_RUNTIME_DIR", runtime.toString()))) {
      assertThat(process.awaitExit(EXIT_LIMIT)).contains(0);
    }
  }

  /** The copy that tofu installed into WORKSPACE, which its commands run. */
  private static Path installedLauncher(TofuWorkspace workspace) throws IOException {
    try (Stream<Path> files = Files.walk(
        workspace.directory().resolve(".terraform/providers"), FileVisitOption.FOLLOW_LINKS)) {
      return files.filter(path -> path.getFileName().toString()
              .startsWith("terraform-provider-canopywave"))
          .findFirst().orElseThrow(() -> new AssertionError("no provider in " + workspace));
    }
  }

  /** The pool directory, once made; each test here runs one copy, so has one pool. */
  private Optional<Path> pool() throws IOException {
    Path pools = runtime.resolve("terraform-provider-canopywave");
    if (!Files.isDirectory(pools)) {
      return Optional.empty();
    }
    try (Stream<Path> entries = Files.list(pools)) {
      return entries.filter(path -> path.getFileName().toString().startsWith("spares-"))
          .findFirst();
    }
  }

  private List<String> poolEntries() throws IOException {
    Optional<Path> pool = pool();
    if (pool.isEmpty()) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(pool.get())) {
      return entries.map(path -> path.getFileName().toString()).toList();
    }
  }

  private List<Long> readySpares() throws IOException {
    return poolEntries().stream().filter(name -> name.startsWith("ready."))
        .map(name -> Long.parseLong(name.substring("ready.".length()))).sorted().toList();
  }

  /**
   * Runs commands in WORKSPACE (initialised here) until COUNT spares are ready. The installed
   * copy starts spares once its AOT cache is trained, which its first start does in the
   * background.
   */
  private List<Long> warmPool(TofuWorkspace workspace, int count) throws Exception {
    workspace.init();
    Instant deadline = Instant.now().plus(READY_LIMIT);
    while (Instant.now().isBefore(deadline)) {
      workspace.runOk("providers", "schema", "-json");
      Instant settled = Instant.now().plusSeconds(20);
      while (Instant.now().isBefore(settled)) {
        List<Long> ready = readySpares();
        if (ready.size() >= count) {
          return ready;
        }
        Thread.sleep(100);
      }
    }
    throw new AssertionError(count + " spares not ready within " + READY_LIMIT
        + "; pool: " + poolEntries());
  }

  private static boolean awaitGone(long pid) throws InterruptedException {
    return awaitTrue(() -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
  }

  private static boolean awaitTrue(BooleanSupplier condition) throws InterruptedException {
    Instant deadline = Instant.now().plus(EXIT_LIMIT);
    while (Instant.now().isBefore(deadline)) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(100);
    }
    return false;
  }

  private static void mkfifo(Path... paths) throws Exception {
    List<String> command = new ArrayList<>(List.of("mkfifo", "-m", "600"));
    for (Path path : paths) {
      command.add(path.toString());
    }
    Process mkfifo = new ProcessBuilder(command).inheritIO().start();
    assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();
  }

  private static String environmentOf(long pid) throws IOException {
    byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "environ"));
    return new String(raw, StandardCharsets.UTF_8).replace('\0', '\n');
  }

  private Stream<ProcessHandle> allSpares() {
    String marker = runtime.toString() + "/";
    return ProcessHandle.allProcesses().filter(process -> process.info().arguments()
        .map(arguments -> String.join(" ", arguments).contains("--spare " + marker))
        .orElse(false));
  }
}
