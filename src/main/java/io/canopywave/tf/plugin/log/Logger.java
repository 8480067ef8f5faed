package io.canopywave.tf.plugin.log;

/**
 * A named logger. Arguments after the message are alternating keys and values; values pass
 * through the redaction layer. A disabled level costs one comparison.
 */
public final class Logger {
  private final String module;
  private final LogWriter writer;

  Logger(String module, LogWriter writer) {
    this.module = module;
    this.writer = writer;
  }

  public String module() {
    return module;
  }

  /** A logger for a part of this one: module {@code <this module>.<name>}. */
  public Logger child(String name) {
    return new Logger(module + "." + name, writer);
  }

  public boolean isEnabled(Level level) {
    return writer.enabled(level);
  }

  public void log(Level level, String message, Object... keyValues) {
    if (writer.enabled(level)) {
      writer.write(level, module, message, keyValues);
    }
  }

  public void trace(String message, Object... keyValues) {
    log(Level.TRACE, message, keyValues);
  }

  public void debug(String message, Object... keyValues) {
    log(Level.DEBUG, message, keyValues);
  }

  public void info(String message, Object... keyValues) {
    log(Level.INFO, message, keyValues);
  }

  public void warn(String message, Object... keyValues) {
    log(Level.WARN, message, keyValues);
  }

  public void error(String message, Object... keyValues) {
    log(Level.ERROR, message, keyValues);
  }
}
