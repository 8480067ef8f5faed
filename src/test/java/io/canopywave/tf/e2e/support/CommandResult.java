package io.canopywave.tf.e2e.support;

/** What a finished command printed and how it ended. */
public record CommandResult(String command, int exitCode, String stdout, String stderr) {

  public boolean succeeded() {
    return exitCode == 0;
  }

  /** stdout with tofu's wrapping at 80 columns undone: each run of whitespace one space. */
  public String stdoutUnwrapped() {
    return unwrapped(stdout);
  }

  /** stderr, where the diagnostics go, with tofu's wrapping undone likewise. */
  public String stderrUnwrapped() {
    return unwrapped(stderr);
  }

  /** A description for assertion messages: the command, its status and the tail of its output. */
  public String describe() {
    return command + " exited " + exitCode + "\n--- stdout\n" + tail(stdout) + "\n--- stderr\n"
        + tail(stderr);
  }

  private static String unwrapped(String text) {
    return text.replaceAll("\\s+", " ");
  }

  private static String tail(String text) {
    int limit = 8_000;
    return text.length() <= limit ? text : "…" + text.substring(text.length() - limit);
  }
}
