package io.canopywave.tf.bench;

import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Watches the processes a command starts (the provider plugins under `tofu`) and keeps the
 * largest peak resident set any one of them reached. Each provider process is counted on its
 * own, since the target is a per-process figure.
 */
final class PeakRssSampler implements AutoCloseable {

  private static final long SAMPLE_EVERY_MILLIS = 20;

  private final long rootPid;
  private final SpareProcesses spares;
  private final AtomicLong peakKib = new AtomicLong();
  private final Thread thread;
  private volatile boolean running = true;

  /** Samples ROOT_PID's descendants, and our SPARES (a launch hands its session to one). */
  PeakRssSampler(long rootPid, SpareProcesses spares) {
    this.rootPid = rootPid;
    this.spares = spares;
    this.thread = Thread.ofPlatform().daemon().name("rss-sampler").start(this::run);
  }

  private void run() {
    while (running) {
      Stream<ProcessHandle> children =
          ProcessHandle.of(rootPid).map(ProcessHandle::descendants).orElseGet(Stream::empty);
      Stream.concat(children, spares.all())
          .forEach(
              process ->
                  ProcessMemory.peakKib(process.pid())
                      .ifPresent(kib -> peakKib.accumulateAndGet(kib, Math::max)));
      try {
        Thread.sleep(SAMPLE_EVERY_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** The largest per-process peak seen, in MiB; 0 when no child process was ever seen. */
  double peakMib() {
    return ProcessMemory.mib(peakKib.get());
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
