package io.canopywave.tf.plugin.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoggerTest {

  @Test
  void line_withFields_hasHclogKeysAndTypedValues() {
    CapturedLog log = new CapturedLog(Level.TRACE);

    log.logger.info("volume created", "id", "vol-1", "size_gb", 100, "ready", true, "ratio", 0.5);

    JsonNode line = log.only();
    assertThat(line.get("@level").asText()).isEqualTo("info");
    assertThat(line.get("@message").asText()).isEqualTo("volume created");
    assertThat(line.get("@module").asText()).isEqualTo("provider.terraform-provider-canopywave");
    assertThat(line.get("@timestamp").asText()).isEqualTo("2025-03-04T05:06:07.123456Z");
    assertThat(line.get("id").asText()).isEqualTo("vol-1");
    assertThat(line.get("size_gb").isInt()).isTrue();
    assertThat(line.get("size_gb").asInt()).isEqualTo(100);
    assertThat(line.get("ready").isBoolean()).isTrue();
    assertThat(line.get("ratio").asDouble()).isEqualTo(0.5);
  }

  @Test
  void line_keysInCallOrder_afterTheFixedKeys() {
    CapturedLog log = new CapturedLog(Level.TRACE);

    log.logger.warn("m", "b", 1, "a", 2);

    List<String> keys = new ArrayList<>();
    log.only().fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("@level", "@message", "@module", "@timestamp", "b", "a");
  }

  @Test
  void timestamp_inAnotherZone_hasSixDigitsAndOffset() {
    CapturedLog log = new CapturedLog(Level.TRACE, ZoneId.of("Asia/Kolkata"));

    log.logger.error("x");

    assertThat(log.only().get("@timestamp").asText()).isEqualTo("2025-03-04T10:36:07.123456+05:30");
  }

  @Test
  void timestamp_wholeSecond_keepsSixZeros() {
    String formatted =
        LogLineFormat.Timestamps.format(
            java.time.OffsetDateTime.parse("2025-01-01T00:00:00Z"));

    assertThat(formatted).isEqualTo("2025-01-01T00:00:00.000000Z");
  }

  @Test
  void levels_belowThreshold_areNotWritten() {
    CapturedLog log = new CapturedLog(Level.INFO);

    log.logger.trace("t");
    log.logger.debug("d");
    log.logger.info("i");
    log.logger.warn("w");
    log.logger.error("e");

    assertThat(log.lines).hasSize(3);
    assertThat(log.lines.stream().map(l -> CapturedLog.parse(l).get("@level").asText()))
        .containsExactly("info", "warn", "error");
    assertThat(log.logger.isEnabled(Level.DEBUG)).isFalse();
    assertThat(log.logger.isEnabled(Level.WARN)).isTrue();
  }

  @Test
  void disabledLevel_neverRendersItsArguments() {
    CapturedLog log = new CapturedLog(Level.WARN);
    Object exploding =
        new Object() {
          @Override
          public String toString() {
            throw new AssertionError("rendered although the level is off");
          }
        };

    log.logger.debug("d", "value", exploding);

    assertThat(log.lines).isEmpty();
  }

  @Test
  void child_module_isDottedBelowItsParent() {
    CapturedLog log = new CapturedLog(Level.TRACE);

    log.logger.child("api").child("retry").debug("again");

    assertThat(log.only().get("@module").asText())
        .isEqualTo("provider.terraform-provider-canopywave.api.retry");
  }

  @Test
  void module_ofPublicFactory_isBelowRoot() {
    assertThat(Log.module("api").module()).isEqualTo("provider.terraform-provider-canopywave.api");
    assertThat(Log.root().module()).isEqualTo(Log.ROOT_MODULE);
  }

  @Test
  void oddArgumentCount_keepsTheLastValueUnderAMarkerKey() {
    CapturedLog log = new CapturedLog(Level.TRACE);

    log.logger.info("m", "k", "v", "dangling");

    JsonNode line = log.only();
    assertThat(line.get("k").asText()).isEqualTo("v");
    assertThat(line.get(LogLineFormat.EXTRA_VALUE_KEY).asText()).isEqualTo("dangling");
  }

  @Test
  void reservedKey_asField_cannotOverwriteTheLevel() {
    CapturedLog log = new CapturedLog(Level.TRACE);

    log.logger.info("m", "@level", "error");

    JsonNode line = log.only();
    assertThat(line.get("@level").asText()).isEqualTo("info");
    assertThat(line.get("_@level").asText()).isEqualTo("error");
  }

  @Test
  void specialValues_nullDecimalThrowableAndNaN_areRenderedSafely() {
    CapturedLog log = new CapturedLog(Level.TRACE);

    log.logger.info(
        "m",
        "none", null,
        "price", new BigDecimal("12345678901234567890.5"),
        "error", new IllegalStateException("boom"),
        "nan", Double.NaN);

    JsonNode line = log.only();
    assertThat(line.get("none").isNull()).isTrue();
    assertThat(log.lines.getFirst()).contains("\"price\":12345678901234567890.5,");
    assertThat(line.get("error").asText()).isEqualTo("java.lang.IllegalStateException: boom");
    assertThat(line.get("nan").asText()).isEqualTo("NaN");
  }

  @Test
  void failingToString_isReportedInsteadOfThrown() {
    CapturedLog log = new CapturedLog(Level.TRACE);
    Object broken =
        new Object() {
          @Override
          public String toString() {
            throw new IllegalArgumentException("no text");
          }
        };

    log.logger.info("m", "value", broken);

    assertThat(log.only().get("log_error").asText()).contains("no text");
    assertThat(log.only().get("@message").asText()).isEqualTo("m");
  }

  @Test
  void hugeValue_isTruncatedSoTheLineFitsTheClientsBuffer() {
    CapturedLog log = new CapturedLog(Level.TRACE);
    String body = "x".repeat(200_000);

    log.logger.trace("response", "a", body, "b", body, "c", body, "d", body);

    String line = log.lines.getFirst();
    assertThat(line.length()).isLessThan(LogLineFormat.LINE_BUDGET);
    assertThat(CapturedLog.parse(line).get("a").asText()).endsWith(LogLineFormat.TRUNCATED);
  }
}
