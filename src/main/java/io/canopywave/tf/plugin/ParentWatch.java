package io.canopywave.tf.plugin;

import java.util.Map;
import java.util.Optional;

/**
 * Ends the process when the client that started it is gone. A client killed hard never calls
 * Shutdown, and a provider left behind would hold its port and the client's pipes for nothing.
 */
final class ParentWatch {
  /**
   * Set by the launcher to the pid that executed it (the client), before the JVM starts: on a
   * busy machine the client may be gone before the JVM can look, and the JVM would then see only
   * the process that adopted it, which never exits.
   */
  static final String CLIENT_PID_VARIABLE = "CANOPYWAVE_CLIENT_PID";

  private final Optional<ProcessHandle> parent;
  private final boolean goneAlready;

  private ParentWatch(Optional<ProcessHandle> parent, boolean goneAlready) {
    this.parent = parent;
    this.goneAlready = goneAlready;
  }

  /** Notes the parent now, at start, before it could exit and leave us to another parent. */
  static ParentWatch ofCurrentParent() {
    return of(System.getenv(), ProcessHandle.current().parent());
  }

  /** The client named in ENVIRONMENT when it is, else CURRENT_PARENT. */
  static ParentWatch of(Map<String, String> environment, Optional<ProcessHandle> currentParent) {
    String named = environment.get(CLIENT_PID_VARIABLE);
    if (named != null && named.matches("[1-9][0-9]{0,9}")) {
      long pid = Long.parseLong(named);
      Optional<ProcessHandle> client = ProcessHandle.of(pid);
      return new ParentWatch(client, client.isEmpty() || !client.get().isAlive());
    }
    return new ParentWatch(currentParent, false);
  }

  /** Runs {@code action} once the parent has exited; at once if it already has. */
  void whenGone(Runnable action) {
    if (goneAlready) {
      action.run();
      return;
    }
    parent.ifPresent(process -> process.onExit().thenRun(action));
  }
}
