package io.canopywave.tf.plugin;

/** Start-up cannot go on; the message is for a person and goes to stderr before exit status 1. */
final class LaunchException extends Exception {
  LaunchException(String message) {
    super(message, null, false, false);
  }

  LaunchException(String message, Throwable cause) {
    super(message, cause, false, false);
  }
}
