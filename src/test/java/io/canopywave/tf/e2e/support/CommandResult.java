package io.canopywave.tf.e2e.support;

/** What a finished command printed and how it ended. */
public record CommandResult(String command, int exitCode, String stdout, String stderr) {

  public boolean succeeded() {
    return exitCode == 0;
  }

  /** A description for assertion messages: the command, its status and the tail of its output. */
  public String describe() {
    return command + " exited " + exitCode + "\n--- stdout\n" + tail(stdout) + "\n--- stderr\n"
        + tail(stderr);
  }

  private static String tail(String text) {
    int limit = 8_000;
    return text.length() <= limit ? text : "…" + text.substring(text.length() - limit);
  }
}
