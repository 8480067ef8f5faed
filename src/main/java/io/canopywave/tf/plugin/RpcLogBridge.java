package io.canopywave.tf.plugin;

import io.canopywave.tf.plugin.log.Level;
import io.canopywave.tf.plugin.log.Logger;
import io.canopywave.tf.protocol.RpcLog;
import java.util.Map;

/** Lets the protocol layer write its RPC events as hclog lines on stderr. */
final class RpcLogBridge implements RpcLog {
  private final Logger logger;

  RpcLogBridge(Logger logger) {
    this.logger = logger;
  }

  @Override
  public void trace(String message, Map<String, Object> fields) {
    if (logger.isEnabled(Level.TRACE)) {
      logger.trace(message, keyValues(fields));
    }
  }

  @Override
  public void error(String message, Map<String, Object> fields) {
    logger.error(message, keyValues(fields));
  }

  private static Object[] keyValues(Map<String, Object> fields) {
    Object[] pairs = new Object[fields.size() * 2];
    int i = 0;
    for (Map.Entry<String, Object> field : fields.entrySet()) {
      pairs[i++] = field.getKey();
      pairs[i++] = field.getValue();
    }
    return pairs;
  }
}
