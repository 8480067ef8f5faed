package io.canopywave.tf.plugin;

/**
 * Ends the process when the client that started it is gone. A client killed hard never calls
 * Shutdown, and a provider left behind would hold its ports and pipes for nothing.
 */
final class ParentWatch {
  private ParentWatch() {}

  static void exitWhenParentExits(Runnable exit) {
    ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(exit));
  }
}
