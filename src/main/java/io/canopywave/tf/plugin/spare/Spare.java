package io.canopywave.tf.plugin.spare;

import io.canopywave.tf.plugin.log.Level;
import io.canopywave.tf.plugin.log.Log;
import io.canopywave.tf.plugin.log.LogLevelSetting;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A provider started ahead of need. OpenTofu starts a provider process several times per
 * command, and a JVM's start, its first TLS handshake and its first calls run cold code for
 * about half a second. The launcher keeps a small pool of spares per user and copy of the
 * provider: each starts in the background, serves one short session to itself (see {@link
 * WarmUp}), then waits. A launch claims one, hands it the client's environment through a FIFO,
 * relays its handshake line and log, and ends when it does; the spare serves that one session
 * exactly as a provider the client had started would, then exits. See {@link SpareDirectory}
 * for the hand-over.
 */
// Limitation: spares cost memory and CPU in the background (about 120 MB each while they wait,
// a second of CPU to start). Commands back to back on a two-core machine then run beside the
// warm-ups of the replacements, and took longer than without spares (scripts/bench: a plan of
// 100 objects 3.3 times a Go provider's, against 2.3 times without).
public final class Spare {
  public static final String ARGUMENT = "--spare";

  /** How long a ready spare waits for a launch before it exits. */
  static final String IDLE_VARIABLE = "CANOPYWAVE_SPARE_IDLE_SECONDS";

  static final Duration DEFAULT_IDLE = Duration.ofMinutes(10);

  /**
   * A launcher writes its request right after claiming; one that died in between would leave the
   * spare waiting for ever, so a claimed spare gives up after this long.
   */
  static final Duration REQUEST_GRACE = Duration.ofMinutes(1);

  /** The session code: serves the client that ENVIRONMENT describes until it ends. */
  @FunctionalInterface
  public interface Session<E extends Exception> {
    void serve(Map<String, String> environment, PrintStream stdout) throws E;
  }

  private Spare() {}

  /**
   * Warms up in DIRECTORY (a launcher's {@code starting.PID}), waits to be claimed, then serves
   * the claimant's session on STDOUT (the directory's output FIFO). OWN_ENVIRONMENT is the one
   * the spare was started with; it only sets the idle time.
   */
  public static <E extends Exception> void run(
      Path directory, Map<String, String> ownEnvironment, PrintStream stdout, Session<E> session)
      throws E, IOException {
    // Nothing but the claimant's session may reach the output FIFO: the launcher relays it.
    Log.useLevel(Level.ERROR);
    SpareDirectory spare = SpareDirectory.startingAt(directory);
    try (FileChannel requests = spare.openRequests()) {
      if (!spare.claimedWhileStarting()) {
        warmUp(session);
      }
      AtomicBoolean requested = new AtomicBoolean();
      // Ended (by --stop-spares, say) before any launch claimed it, the spare leaves the pool.
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        if (!requested.get()) {
          spare.withdraw();
        }
      }));
      if (spare.publish()) {
        background(() -> expireWhenIdle(spare, idleTime(ownEnvironment), requested));
      } else {
        background(() -> haltUnlessRequested(requested));
      }
      InputStream in = new BufferedInputStream(Channels.newInputStream(requests));
      SessionRequest request = SessionRequest.read(in);
      requested.set(true);
      if (request.claimedDirectory().toAbsolutePath().equals(spare.claimed())) {
        SpareDirectory.remove(spare.claimed());
      }
      Log.useLevel(LogLevelSetting.fromEnvironment(request.environment()));
      session.serve(request.environment(), stdout);
    }
  }

  static Duration idleTime(Map<String, String> environment) {
    String seconds = environment.get(IDLE_VARIABLE);
    if (seconds != null && seconds.matches("[1-9][0-9]{0,6}")) {
      return Duration.ofSeconds(Long.parseLong(seconds));
    }
    return DEFAULT_IDLE;
  }

  /**
   * A failed warm-up leaves the spare slower, not wrong: it still serves its session, and says
   * why in the session's log.
   */
  private static <E extends Exception> void warmUp(Session<E> session) {
    try {
      WarmUp.rehearse(session);
    } catch (IOException | RuntimeException e) {
      System.err.println("the spare provider's warm-up failed: " + e);
    }
    // The rehearsal's garbage would otherwise sit in the heap of an idle process.
    System.gc();
  }

  /** Exits after IDLE unless a launcher claimed the spare by then. */
  private static void expireWhenIdle(SpareDirectory spare, Duration idle, AtomicBoolean requested) {
    sleep(idle);
    try {
      if (spare.expire()) {
        Runtime.getRuntime().halt(0);
      }
    } catch (IOException e) {
      Runtime.getRuntime().halt(0);
    }
    haltUnlessRequested(requested);
  }

  /** Exits after the request grace unless the claimant's request came by then. */
  private static void haltUnlessRequested(AtomicBoolean requested) {
    sleep(REQUEST_GRACE);
    if (!requested.get()) {
      Runtime.getRuntime().halt(0);
    }
  }

  private static void background(Runnable task) {
    Thread.ofPlatform().daemon().name("canopywave-spare-idle").start(task);
  }

  private static void sleep(Duration time) {
    try {
      Thread.sleep(time);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
