package io.canopywave.tf.plugin;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGINT handling. Ctrl-C in the client's terminal reaches the plugin too, since it shares the
 * process group; the client answers it by sending StopProvider, so the plugin itself must not die.
 *
 * <p>{@code sun.misc.Signal} (module jdk.unsupported) is the only signal API the JDK exports;
 * javac warns about it on every build, and that warning is expected.
 */
final class Signals {
  private static final Signal INTERRUPT = new Signal("INT");

  private Signals() {}

  static void ignoreInterrupt() {
    Signal.handle(INTERRUPT, SignalHandler.SIG_IGN);
  }

  /** Debug mode: the person who started the server stops it with Ctrl-C. */
  static void onInterrupt(Runnable action) {
    Signal.handle(INTERRUPT, signal -> action.run());
  }
}
