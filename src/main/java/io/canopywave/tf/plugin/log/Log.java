package io.canopywave.tf.plugin.log;

import java.time.InstantSource;
import java.time.ZoneId;

/**
 * The process's loggers. Lines are hclog JSON on stderr; the level comes from the environment
 * at first use (see {@link LogLevelSetting}), or later from {@link #useLevel}.
 */
public final class Log {
  public static final String ROOT_MODULE = "provider.terraform-provider-canopywave";

  private Log() {}

  public static Logger root() {
    return Holder.ROOT;
  }

  /**
   * Changes the lowest level written from now on. A spare provider (see {@code plugin.spare})
   * starts before it knows its client, and takes the level from the session's environment.
   */
  public static void useLevel(Level level) {
    Holder.WRITER.threshold(level);
  }

  /** A sub-logger, e.g. {@code module("api")} logs as {@code provider.…-canopywave.api}. */
  public static Logger module(String name) {
    return Holder.ROOT.child(name);
  }

  private static final class Holder {
    static final LogWriter WRITER =
        new LogWriter(
            LogLevelSetting.fromEnvironment(System.getenv()),
            new StderrSink(),
            InstantSource.system(),
            ZoneId.systemDefault());
    static final Logger ROOT = new Logger(ROOT_MODULE, WRITER);
  }
}
