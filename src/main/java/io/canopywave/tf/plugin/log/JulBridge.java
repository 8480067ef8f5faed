package io.canopywave.tf.plugin.log;

import java.text.MessageFormat;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;

/**
 * Sends java.util.logging (used by grpc-java and its shaded Netty) to our JSON lines, warnings and
 * errors only. Without it the JDK's console handler would write plain text to stderr.
 */
public final class JulBridge extends Handler {
  private final Logger logger;

  JulBridge(Logger logger) {
    this.logger = logger;
  }

  /** Replaces every root handler with the bridge; levels below WARNING are dropped at source. */
  public static void install() {
    java.util.logging.Logger root = LogManager.getLogManager().getLogger("");
    for (Handler handler : root.getHandlers()) {
      root.removeHandler(handler);
    }
    root.setLevel(java.util.logging.Level.WARNING);
    root.addHandler(new JulBridge(Log.module("grpc")));
  }

  @Override
  public void publish(LogRecord record) {
    Level level = levelOf(record.getLevel());
    if (!logger.isEnabled(level)) {
      return;
    }
    String message = record.getMessage();
    Object[] parameters = record.getParameters();
    if (message != null && parameters != null && parameters.length > 0) {
      message = MessageFormat.format(message, parameters);
    }
    Throwable error = record.getThrown();
    if (error == null) {
      logger.log(level, message, "logger", record.getLoggerName());
    } else {
      logger.log(level, message, "logger", record.getLoggerName(), "error", error);
    }
  }

  static Level levelOf(java.util.logging.Level julLevel) {
    int value = julLevel.intValue();
    if (value >= java.util.logging.Level.SEVERE.intValue()) {
      return Level.ERROR;
    }
    if (value >= java.util.logging.Level.WARNING.intValue()) {
      return Level.WARN;
    }
    return value >= java.util.logging.Level.INFO.intValue() ? Level.INFO : Level.DEBUG;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
