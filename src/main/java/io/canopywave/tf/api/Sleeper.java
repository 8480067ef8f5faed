package io.canopywave.tf.api;

import io.canopywave.tf.cancel.Cancellation;
import java.time.Duration;

/** Waits; tests replace it to run without real time. */
@FunctionalInterface
public interface Sleeper {

  /** Sleeps for {@code duration}, or throws {@code CancelledException} if cancelled first. */
  void sleep(Duration duration);

  static Sleeper of(Cancellation cancellation) {
    return cancellation::sleep;
  }
}
