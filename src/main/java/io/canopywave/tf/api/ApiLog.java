package io.canopywave.tf.api;

/**
 * Where the client writes its request log. The provider process adapts this to its hclog
 * logger; the default writes nothing. Key/value pairs alternate: {@code "status", 200}. The
 * client redacts secrets before it calls these methods.
 */
public interface ApiLog {

  boolean isTraceEnabled();

  void debug(String message, Object... keyValues);

  void trace(String message, Object... keyValues);

  /** A log that drops everything. */
  static ApiLog silent() {
    return Silent.INSTANCE;
  }

  /** The log behind {@link #silent()}. */
  enum Silent implements ApiLog {
    INSTANCE;

    @Override
    public boolean isTraceEnabled() {
      return false;
    }

    @Override
    public void debug(String message, Object... keyValues) {}

    @Override
    public void trace(String message, Object... keyValues) {}
  }
}
