package io.canopywave.tf.plugin.spare;

import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.plugin.log.Log;
import io.canopywave.tf.plugin.log.LogLevelSetting;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A spare's life in this JVM, with FIFOs as the launcher makes them and a recording session. */
class SpareTest {
  private static final long PID = ProcessHandle.current().pid();

  @TempDir Path pool;
  private Path starting;
  private final List<Map<String, String>> sessions = new CopyOnWriteArrayList<>();
  private final List<String> streamEvents = new CopyOnWriteArrayList<>();
  private final CompletableFuture<Void> ended = new CompletableFuture<>();
  /** Whether the recording session ends cleanly (Shutdown, nothing left running). */
  private volatile boolean sessionsEndCleanly = false;
  /** Runs inside each claimant's session (not the warm-up's). */
  private volatile Runnable duringSession = () -> {};

  /** Records where the session's streams would go, instead of moving this JVM's own. */
  private final SessionStreams recordingStreams = new SessionStreams() {
    @Override
    public boolean attach(Path fifo) {
      streamEvents.add("attach " + pool.relativize(fifo));
      return true;
    }

    @Override
    public void detach() {
      streamEvents.add("detach");
    }
  };

  @BeforeEach
  void launcherMadeDirectory() throws Exception {
    starting = Files.createDirectory(pool.resolve("starting." + PID));
    Process mkfifo = new ProcessBuilder("mkfifo", "-m", "600",
        starting.resolve(SpareDirectory.REQUESTS).toString(),
        starting.resolve(SpareDirectory.OUTPUT).toString()).inheritIO().start();
    assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();
  }

  @AfterEach
  void quietLogsAgain() {
    Log.useLevel(LogLevelSetting.fromEnvironment(Map.of()));
  }

  private void runSpareInBackground() {
    Spare.Session<RuntimeException> session = (environment, stdout, clientDone) -> {
      sessions.add(environment);
      if (environment.containsKey("SESSION")) {
        duringSession.run();
      }
      return sessionsEndCleanly;
    };
    PrintStream stdout = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    Thread.ofPlatform().daemon().start(() -> {
      try {
        // A spare that gives up waiting halts its JVM: here, it only says so.
        Spare.run(starting, Map.of(), stdout, session, recordingStreams,
            () -> streamEvents.add("exit"));
        ended.complete(null);
      } catch (Exception e) {
        ended.completeExceptionally(e);
      }
    });
  }

  /** What the launcher does: write the request and keep its end of the FIFO open meanwhile. */
  private static FileChannel sendRequest(Path claimed, String... variables) throws Exception {
    FileChannel requests = FileChannel.open(claimed.resolve(SpareDirectory.REQUESTS),
        StandardOpenOption.READ, StandardOpenOption.WRITE);
    StringBuilder wire = new StringBuilder(claimed.toString()).append('\0');
    for (String variable : variables) {
      wire.append(variable).append('\0');
    }
    wire.append('\0');
    requests.write(ByteBuffer.wrap(wire.toString().getBytes(StandardCharsets.UTF_8)));
    return requests;
  }

  @Test
  void run_sessionsEndingCleanly_returnToThePoolWithANewOutputFifoEachTime() throws Exception {
    sessionsEndCleanly = true;
    runSpareInBackground();
    Path ready = pool.resolve("ready." + PID);
    Path claimed = pool.resolve("claimed." + PID);

    for (String name : List.of("one", "two", "three")) {
      awaitDirectory(ready);
      Files.move(ready, claimed);
      Object outputBefore = Files.readAttributes(claimed.resolve(SpareDirectory.OUTPUT),
          BasicFileAttributes.class).fileKey();
      try (FileChannel requests = sendRequest(claimed, "SESSION=" + name)) {
        awaitDirectory(ready);
      }
      Path output = ready.resolve(SpareDirectory.OUTPUT);
      assertThat(Files.readAttributes(output, BasicFileAttributes.class)
          .isOther()).as("a FIFO").isTrue();
      assertThat(Files.readAttributes(output, BasicFileAttributes.class)
          .fileKey()).as("the last launcher keeps reading the FIFO it had").isNotEqualTo(
              outputBefore);
    }

    assertThat(sessions).hasSize(4);
    assertThat(sessions.subList(1, 4)).extracting(environment -> environment.get("SESSION"))
        .containsExactly("one", "two", "three");
    assertThat(streamEvents).containsExactly(
        "attach claimed." + PID + "/output", "detach",
        "attach claimed." + PID + "/output", "detach",
        "attach claimed." + PID + "/output", "detach");
    assertThat(ended).isNotDone();
    assertThat(ready.resolve("output.next")).doesNotExist();
  }

  @Test
  void run_entryRetiredDuringASession_exitsWhenTheSessionEndsAndRemovesIt() throws Exception {
    sessionsEndCleanly = true;
    CountDownLatch serving = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    duringSession = () -> {
      serving.countDown();
      try {
        release.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
    runSpareInBackground();
    Path ready = pool.resolve("ready." + PID);
    awaitDirectory(ready);
    Path claimed = pool.resolve("claimed." + PID);
    Files.move(ready, claimed);

    Path retiring = pool.resolve("retiring." + PID);
    try (FileChannel requests = sendRequest(claimed, "SESSION=last")) {
      assertThat(serving.await(60, TimeUnit.SECONDS)).isTrue();
      // What --stop-spares does to a spare that is serving.
      Files.move(claimed, retiring);
      release.countDown();
      ended.get(60, TimeUnit.SECONDS);
    }

    assertThat(List.of(retiring, claimed, ready)).allSatisfy(entry ->
        assertThat(entry).doesNotExist());
    assertThat(streamEvents).containsExactly("attach claimed." + PID + "/output", "detach");
  }

  @Test
  void run_entryDeletedFromThePoolWhileReady_givesUpWithinTheWatchInterval() throws Exception {
    runSpareInBackground();
    Path ready = pool.resolve("ready." + PID);
    awaitDirectory(ready);

    // What `rm -rf` of the pool does to the entry of a waiting spare.
    SpareDirectory.remove(ready);

    Instant deadline = Instant.now().plus(Spare.WATCH_INTERVAL).plusSeconds(10);
    while (!streamEvents.contains("exit") && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
    }
    assertThat(streamEvents).containsExactly("exit");
  }

  @Test
  void run_claimedOnceReady_servesTheClaimantsEnvironmentAndRemovesTheClaim() throws Exception {
    runSpareInBackground();
    Path ready = pool.resolve("ready." + PID);
    awaitDirectory(ready);
    Path claimed = pool.resolve("claimed." + PID);
    Files.move(ready, claimed);

    try (FileChannel requests = sendRequest(claimed, "SESSION=one", "TF_LOG=debug")) {
      ended.get(60, TimeUnit.SECONDS);
    }

    // The warm-up's rehearsal session comes first, with a client certificate of its own. The
    // claimant's session did not end cleanly, so the spare exits instead of returning.
    assertThat(sessions).hasSize(2);
    assertThat(sessions.getFirst()).containsKey("PLUGIN_CLIENT_CERT").doesNotContainKey("SESSION");
    assertThat(sessions.getLast()).containsEntry("SESSION", "one");
    assertThat(claimed).doesNotExist();
  }

  @Test
  void run_claimedWhileStarting_skipsTheWarmUpAndServesAtOnce() throws Exception {
    Path claimed = pool.resolve("claimed." + PID);
    Files.move(starting, claimed);

    try (FileChannel requests = sendRequest(claimed, "SESSION=early")) {
      runSpareInBackground();
      ended.get(60, TimeUnit.SECONDS);
    }

    assertThat(sessions).singleElement().satisfies(environment ->
        assertThat(environment).containsEntry("SESSION", "early"));
  }

  @Test
  void idleTime_fromTheEnvironment_orTenMinutes() {
    assertThat(Spare.idleTime(Map.of(Spare.IDLE_VARIABLE, "30"))).isEqualTo(Duration.ofSeconds(30));
    assertThat(Spare.idleTime(Map.of(Spare.IDLE_VARIABLE, "-1"))).isEqualTo(Spare.DEFAULT_IDLE);
    assertThat(Spare.idleTime(Map.of(Spare.IDLE_VARIABLE, "soon"))).isEqualTo(Spare.DEFAULT_IDLE);
    assertThat(Spare.idleTime(Map.of())).isEqualTo(Duration.ofMinutes(10));
  }

  private static void awaitDirectory(Path directory) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(60);
    while (!Files.isDirectory(directory) && Instant.now().isBefore(deadline)) {
      Thread.sleep(20);
    }
    assertThat(directory).isDirectory();
  }
}
