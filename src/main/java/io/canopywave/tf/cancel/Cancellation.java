package io.canopywave.tf.cancel;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A cancellation signal shared by the operations of one provider process. StopProvider fires it;
 * waits and backoff sleeps end early with {@link CancelledException}.
 */
public final class Cancellation {
  private final Object lock = new Object();
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private volatile boolean cancelled;

  public boolean isCancelled() {
    return cancelled;
  }

  public void cancel() {
    synchronized (lock) {
      cancelled = true;
      lock.notifyAll();
    }
    listeners.forEach(Runnable::run);
  }

  /** Runs {@code listener} on cancel (at once if already cancelled). */
  public void onCancel(Runnable listener) {
    listeners.add(listener);
    if (cancelled) {
      listener.run();
    }
  }

  /** Throws if cancelled. */
  public void check() {
    if (cancelled) {
      throw new CancelledException();
    }
  }

  /** Sleeps for {@code duration} unless cancelled first; then throws. */
  public void sleep(Duration duration) {
    long deadline = System.nanoTime() + duration.toNanos();
    synchronized (lock) {
      while (!cancelled) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return;
        }
        try {
          lock.wait(Math.max(1, left / 1_000_000), 0);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new CancelledException();
        }
      }
    }
    throw new CancelledException();
  }

  /** The operation was cancelled by the client (StopProvider) or by an interrupt. */
  public static final class CancelledException extends RuntimeException {
    public CancelledException() {
      super("the operation was cancelled", null, false, false);
    }
  }
}
