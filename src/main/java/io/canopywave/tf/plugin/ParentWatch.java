package io.canopywave.tf.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ends the process when the client that started it (or the launcher that handed a spare its
 * session) is gone. A client killed hard never calls Shutdown, and a provider left behind would
 * hold its port and the client's pipes for nothing.
 */
final class ParentWatch {
  /**
   * Set by the launcher to the pid that executed it (the client), before the JVM starts: on a
   * busy machine the client may be gone before the JVM can look, and the JVM would then see only
   * the process that adopted it, which never exits.
   */
  static final String CLIENT_PID_VARIABLE = "CANOPYWAVE_CLIENT_PID";

  /**
   * Set by a launcher that handed its session to a spare provider: the process the client started
   * and will kill. The spare, which no client started, ends with it.
   */
  static final String LAUNCHER_PID_VARIABLE = "CANOPYWAVE_LAUNCHER_PID";

  /** A watch that closing disarms. */
  interface Armed extends AutoCloseable {
    @Override
    void close();
  }

  private final List<ProcessHandle> watched;
  private final boolean goneAlready;

  private ParentWatch(List<ProcessHandle> watched, boolean goneAlready) {
    this.watched = watched;
    this.goneAlready = goneAlready;
  }

  /**
   * The client named in ENVIRONMENT when it is, else CURRENT_PARENT; and the launcher named there,
   * when it is.
   */
  static ParentWatch of(Map<String, String> environment, Optional<ProcessHandle> currentParent) {
    List<ProcessHandle> watched = new ArrayList<>();
    boolean goneAlready = false;
    for (String variable : List.of(CLIENT_PID_VARIABLE, LAUNCHER_PID_VARIABLE)) {
      Optional<Long> pid = pidIn(environment.get(variable));
      if (pid.isPresent()) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid.get());
        process.ifPresent(watched::add);
        goneAlready |= process.isEmpty() || !process.get().isAlive();
      } else if (variable.equals(CLIENT_PID_VARIABLE)) {
        currentParent.ifPresent(watched::add);
      }
    }
    return new ParentWatch(List.copyOf(watched), goneAlready);
  }

  private static Optional<Long> pidIn(String text) {
    return text != null && text.matches("[1-9][0-9]{0,9}")
        ? Optional.of(Long.parseLong(text))
        : Optional.empty();
  }

  /**
   * Runs {@code action} once, when the first watched process exits; at once if one has. Closing
   * the returned handle disarms it: a process that serves another session must not act on the
   * end of the last one's client.
   */
  Armed whenGone(Runnable action) {
    AtomicBoolean ran = new AtomicBoolean();
    if (goneAlready) {
      ran.set(true);
      action.run();
      return () -> {};
    }
    for (ProcessHandle process : watched) {
      process.onExit().thenRun(() -> {
        if (!ran.getAndSet(true)) {
          action.run();
        }
      });
    }
    return () -> ran.set(true);
  }
}
