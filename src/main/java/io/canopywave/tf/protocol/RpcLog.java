package io.canopywave.tf.protocol;

import java.lang.System.Logger.Level;
import java.util.Map;

/**
 * Where the protocol layer writes its log events: a message and constant keys ({@code tf_rpc},
 * {@code tf_req_id}, ...). The plugin process plugs in its structured stderr logger; fields
 * never hold secrets or values, only names, ids and counts.
 */
public interface RpcLog {

  void trace(String message, Map<String, Object> fields);

  void error(String message, Map<String, Object> fields);

  /** Drops every event; for tests and tools that do not log. */
  static RpcLog none() {
    return new RpcLog() {
      @Override
      public void trace(String message, Map<String, Object> fields) {}

      @Override
      public void error(String message, Map<String, Object> fields) {}
    };
  }

  /** Writes through {@link System.Logger}, whose default handler prints to stderr. */
  static RpcLog systemLogger() {
    System.Logger logger = System.getLogger(RpcLog.class.getPackageName());
    return new RpcLog() {
      @Override
      public void trace(String message, Map<String, Object> fields) {
        if (logger.isLoggable(Level.TRACE)) {
          logger.log(Level.TRACE, message + " " + fields);
        }
      }

      @Override
      public void error(String message, Map<String, Object> fields) {
        logger.log(Level.ERROR, message + " " + fields);
      }
    };
  }
}
