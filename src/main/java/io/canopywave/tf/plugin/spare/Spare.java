package io.canopywave.tf.plugin.spare;

import io.canopywave.tf.plugin.log.Level;
import io.canopywave.tf.plugin.log.Log;
import io.canopywave.tf.plugin.log.LogLevelSetting;
import io.canopywave.tf.plugin.log.Secrets;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A provider started ahead of need. OpenTofu starts a provider process several times per
 * command, and a JVM's start, its first TLS handshake and its first calls run cold code for
 * about half a second. The launcher keeps a small pool of spares per user and copy of the
 * provider: each starts in the background, serves one short session to itself (see {@link
 * WarmUp}), then waits. A launch claims one, hands it the client's environment through a FIFO,
 * relays its handshake line and log, and ends when the session does; the spare serves that
 * session exactly as a provider the client had started would. When the client ended the session
 * with Shutdown and none of its calls still runs, the spare then returns to the pool, a little
 * warmer, instead of exiting: a command's later launches meet code the JIT has compiled, and no
 * replacement has to start. See {@link SpareDirectory} for the hand-over.
 */
// Limitation: spares cost memory while they wait (about 120 MB each, three at most per copy,
// time zone and locale), and a replacement costs a second of CPU to start.
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

  /** How often a waiting spare's watch looks at its claims and its entry. */
  static final Duration WATCH_INTERVAL = Duration.ofSeconds(5);

  /**
   * Sessions a spare serves before it retires: a bound on whatever a long life might gather
   * (compiled code, a heap grown by a large state); the next launch starts a replacement.
   */
  static final int SESSIONS_PER_SPARE = 100;

  /** The session code: serves the client that ENVIRONMENT describes until it ends. */
  @FunctionalInterface
  public interface Session<E extends Exception> {
    /**
     * Returns true when the session ended cleanly and nothing of it still runs. Calls CLIENT_DONE
     * as soon as the client is done with it, before the session's own threads have wound down.
     */
    boolean serve(Map<String, String> environment, PrintStream stdout, Runnable clientDone)
        throws E;
  }

  private Spare() {}

  /**
   * Warms up in DIRECTORY (a launcher's {@code starting.PID}), then serves the sessions of the
   * launches that claim it, each on its claimed directory's output FIFO, until one ends
   * uncleanly, it has served {@link #SESSIONS_PER_SPARE}, or it idles too long. OWN_ENVIRONMENT
   * is the one the spare was started with; it only sets the idle time. STDOUT writes to file
   * descriptor 1, which each session points at its FIFO.
   */
  public static <E extends Exception> void run(
      Path directory, Map<String, String> ownEnvironment, PrintStream stdout, Session<E> session)
      throws E, IOException {
    run(directory, ownEnvironment, stdout, session, StandardStreams.PROCESS,
        () -> Runtime.getRuntime().halt(0));
  }

  /**
   * As {@link #run(Path, Map, PrintStream, Session)}, with the session's streams set by STREAMS,
   * and EXIT ending the process when the spare gives up waiting.
   */
  static <E extends Exception> void run(Path directory, Map<String, String> ownEnvironment,
      PrintStream stdout, Session<E> session, SessionStreams streams, Runnable exit)
      throws E, IOException {
    // Nothing but a claimant's session may reach a launcher: between sessions it goes nowhere.
    Log.useLevel(Level.ERROR);
    SpareDirectory spare = SpareDirectory.startingAt(directory);
    Duration idle = idleTime(ownEnvironment);
    Claims claims = new Claims();
    try (FileChannel requests = spare.openRequests()) {
      if (!spare.claimedWhileStarting()) {
        warmUp(session);
      }
      // Ended (by --stop-spares, say) while it waits, the spare leaves the pool.
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        if (!claims.serving()) {
          spare.withdraw();
        }
      }));
      boolean published = spare.publish();
      RequestStream in = new RequestStream(Channels.newInputStream(requests));
      for (int served = 1; ; served++) {
        watchWhileWaiting(spare, published ? Optional.of(idle) : Optional.empty(), claims, exit);
        SessionRequest request = SessionRequest.read(in);
        in.wipeRead();
        claims.claimed();
        if (!request.claimedDirectory().toAbsolutePath().equals(spare.claimed())) {
          // Not the launch that claimed this spare: it gets no session, and the spare retires.
          return;
        }
        boolean clean = serveClaimant(session, request, stdout, spare.claimed(), streams);
        if (!clean || served >= SESSIONS_PER_SPARE) {
          spare.leave();
          return;
        }
        // Limitation: a spare that served a session keeps fragments of it (the API key among
        // them, and values of the state such as private keys) in memory the JVM has freed but
        // not overwritten, and in the I/O buffers that gRPC and the HTTP client pool for reuse,
        // until later sessions overwrite them or the spare exits (after ten idle minutes at
        // most); the same user, or root, could read them from the process's memory, as from
        // OpenTofu's while it runs.
        Secrets.forgetAll();
        // The session's garbage goes now, not while the next session runs, and the heap gives
        // back what the session grew it by (the launcher's heap flags let it shrink).
        System.gc();
        // --stop-spares renames the entry of a spare that is serving: it then retires.
        if (!spare.renew()) {
          spare.leave();
          return;
        }
        claims.waiting();
        published = true;
      }
    }
  }

  /**
   * Serves the claimant's session on its FIFO: true when the session ended cleanly and the spare
   * may serve another. A launcher gone before its session began leaves the spare untouched.
   */
  private static <E extends Exception> boolean serveClaimant(
      Session<E> session, SessionRequest request, PrintStream stdout, Path claimed,
      SessionStreams streams) throws E, IOException {
    if (!streams.attach(claimed.resolve(SpareDirectory.OUTPUT))) {
      return true;
    }
    Log.useLevel(LogLevelSetting.fromEnvironment(request.environment()));
    AtomicBoolean detached = new AtomicBoolean();
    // Once the client is done, the launcher sees the end of its output and exits: the client
    // goes on at once, and a launch it makes next takes another spare while this one tidies up.
    Runnable clientDone = () -> {
      if (!detached.getAndSet(true)) {
        Log.useLevel(Level.ERROR);
        stdout.flush();
        System.err.flush();
        try {
          streams.detach();
        } catch (IOException e) {
          detached.set(false);
        }
      }
    };
    boolean clean = session.serve(request.environment(), stdout, clientDone);
    clientDone.run();
    return clean && detached.get();
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

  /**
   * While the spare waits for its next request: a ready spare (IDLE present) exits after IDLE
   * unless claimed by then; a claimed one exits unless the claimant's request comes within the
   * grace. The watch looks again every {@link #WATCH_INTERVAL}, so that it ends soon after a
   * claim, and so that a spare whose entry left the pool some other way (the pool deleted by
   * hand) exits then rather than after its idle time.
   */
  private static void watchWhileWaiting(
      SpareDirectory spare, Optional<Duration> idle, Claims claims, Runnable exit) {
    long round = claims.count();
    background(() -> {
      if (givesUp(spare, idle, claims, round)) {
        exit.run();
      }
    });
  }

  /** Waits as the spare waits for its request of ROUND: true when it should exit. */
  private static boolean givesUp(
      SpareDirectory spare, Optional<Duration> idle, Claims claims, long round) {
    if (idle.isPresent()) {
      long deadline = System.nanoTime() + idle.get().toNanos();
      long left;
      while (claims.count() == round && spare.isReady()
          && (left = deadline - System.nanoTime()) > 0) {
        sleep(Duration.ofNanos(Math.min(left, WATCH_INTERVAL.toNanos())));
      }
      if (claims.count() != round) {
        return false;
      }
      if (!spare.isReady() && !spare.isClaimed()) {
        // Its entry left the pool (deleted by hand): no launch can find the spare any more.
        return true;
      }
      try {
        if (spare.expire()) {
          return true;
        }
      } catch (IOException e) {
        return true;
      }
    }
    sleep(REQUEST_GRACE);
    return claims.count() == round;
  }

  /** How many claims the spare has taken, and whether it is serving one. */
  private static final class Claims {
    private final AtomicLong count = new AtomicLong();
    private volatile boolean serving;

    long count() {
      return count.get();
    }

    boolean serving() {
      return serving;
    }

    void claimed() {
      serving = true;
      count.incrementAndGet();
    }

    void waiting() {
      serving = false;
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
