package io.canopywave.tf.provider;

import io.canopywave.tf.api.ApiLog;
import io.canopywave.tf.plugin.log.Level;
import io.canopywave.tf.plugin.log.Logger;

/** The API client's request log, written as hclog lines of the {@code api} sub-module. */
final class HclogApiLog implements ApiLog {
  private final Logger logger;

  HclogApiLog(Logger logger) {
    this.logger = logger;
  }

  @Override
  public boolean isTraceEnabled() {
    return logger.isEnabled(Level.TRACE);
  }

  @Override
  public void debug(String message, Object... keyValues) {
    logger.debug(message, keyValues);
  }

  @Override
  public void trace(String message, Object... keyValues) {
    logger.trace(message, keyValues);
  }
}
