package io.canopywave.tf.plugin.log;

import java.time.InstantSource;
import java.time.ZoneId;

/**
 * The process's loggers. Lines are hclog JSON on stderr; the level comes from the environment
 * once, at first use (see {@link LogLevelSetting}).
 */
public final class Log {
  public static final String ROOT_MODULE = "provider.terraform-provider-canopywave";

  private Log() {}

  public static Logger root() {
    return Holder.ROOT;
  }

  /** A sub-logger, e.g. {@code module("api")} logs as {@code provider.…-canopywave.api}. */
  public static Logger module(String name) {
    return Holder.ROOT.child(name);
  }

  private static final class Holder {
    static final Logger ROOT =
        new Logger(
            ROOT_MODULE,
            new LogWriter(
                LogLevelSetting.fromEnvironment(System.getenv()),
                new StderrSink(),
                InstantSource.system(),
                ZoneId.systemDefault()));
  }
}
