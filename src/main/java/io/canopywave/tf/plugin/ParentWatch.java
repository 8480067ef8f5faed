package io.canopywave.tf.plugin;

import java.util.Optional;

/**
 * Ends the process when the client that started it is gone. A client killed hard never calls
 * Shutdown, and a provider left behind would hold its port and the client's pipes for nothing.
 */
final class ParentWatch {
  private final Optional<ProcessHandle> parent;

  private ParentWatch(Optional<ProcessHandle> parent) {
    this.parent = parent;
  }

  /** Notes the parent now, at start, before it could exit and leave us to another parent. */
  static ParentWatch ofCurrentParent() {
    return new ParentWatch(ProcessHandle.current().parent());
  }

  /** Runs {@code action} once the parent has exited; at once if it already has. */
  void whenGone(Runnable action) {
    parent.ifPresent(process -> process.onExit().thenRun(action));
  }
}
