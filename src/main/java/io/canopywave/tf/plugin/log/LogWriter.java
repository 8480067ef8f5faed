package io.canopywave.tf.plugin.log;

import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.function.Consumer;

/** Where lines go and which levels are kept; shared by every {@link Logger} of a process. */
final class LogWriter {
  private volatile Level threshold;
  private final Consumer<String> sink;
  private final InstantSource clock;
  private final ZoneId zone;

  LogWriter(Level threshold, Consumer<String> sink, InstantSource clock, ZoneId zone) {
    this.threshold = threshold;
    this.sink = sink;
    this.clock = clock;
    this.zone = zone;
  }

  boolean enabled(Level level) {
    return threshold.includes(level);
  }

  Level threshold() {
    return threshold;
  }

  void threshold(Level level) {
    threshold = level;
  }

  void write(Level level, String module, String message, Object[] keyValues) {
    OffsetDateTime time = OffsetDateTime.ofInstant(clock.instant(), zone);
    String line;
    try {
      line = LogLineFormat.format(time, level, module, message, keyValues);
    } catch (RuntimeException e) {
      // A field whose toString fails must not take the RPC down with it.
      line = LogLineFormat.format(time, level, module, message, new Object[] {"log_error", e});
    }
    sink.accept(line);
  }
}
