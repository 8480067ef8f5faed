package io.canopywave.tf.plugin.log;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A logger whose lines are kept in memory, with a fixed clock, for tests. */
final class CapturedLog {
  static final Instant NOW = Instant.parse("2025-03-04T05:06:07.123456789Z");
  private static final ObjectMapper JSON = new ObjectMapper();

  final List<String> lines = new CopyOnWriteArrayList<>();
  final Logger logger;

  CapturedLog(Level threshold) {
    this(threshold, ZoneOffset.UTC);
  }

  CapturedLog(Level threshold, ZoneId zone) {
    logger =
        new Logger(
            Log.ROOT_MODULE, new LogWriter(threshold, lines::add, InstantSource.fixed(NOW), zone));
  }

  JsonNode only() {
    if (lines.size() != 1) {
      throw new AssertionError("expected one line, got " + lines);
    }
    return parse(lines.getFirst());
  }

  static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
