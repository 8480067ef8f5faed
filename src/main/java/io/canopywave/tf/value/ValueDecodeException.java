package io.canopywave.tf.value;

/**
 * Bytes that do not hold a value of the expected type. Unchecked: the protocol layer turns it
 * into an error diagnostic at its edge, and nothing below it can do better.
 */
public final class ValueDecodeException extends RuntimeException {
  private final String path;

  ValueDecodeException(String path, String problem) {
    super("invalid value at " + path + ": " + problem);
    this.path = path;
  }

  ValueDecodeException(String path, String problem, Throwable cause) {
    super("invalid value at " + path + ": " + problem, cause);
    this.path = path;
  }

  /** Where the problem is, e.g. {@code .timeouts.create}, or {@code (root)}. */
  public String path() {
    return path;
  }
}
