package io.canopywave.tf.plugin.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class JulBridgeTest {

  @Test
  void publish_warningWithParametersAndError_becomesWarnLine() {
    CapturedLog log = new CapturedLog(Level.TRACE);
    JulBridge bridge = new JulBridge(log.logger.child("grpc"));
    LogRecord record = new LogRecord(java.util.logging.Level.WARNING, "stream {0} failed");
    record.setParameters(new Object[] {7});
    record.setLoggerName("io.grpc.netty.NettyServerHandler");
    record.setThrown(new IllegalStateException("reset"));

    bridge.publish(record);

    JsonNode line = log.only();
    assertThat(line.get("@level").asText()).isEqualTo("warn");
    assertThat(line.get("@module").asText()).endsWith(".grpc");
    assertThat(line.get("@message").asText()).isEqualTo("stream 7 failed");
    assertThat(line.get("logger").asText()).isEqualTo("io.grpc.netty.NettyServerHandler");
    assertThat(line.get("error").asText()).isEqualTo("java.lang.IllegalStateException: reset");
  }

  @Test
  void levelOf_julLevels_mapToHclogLevels() {
    assertThat(JulBridge.levelOf(java.util.logging.Level.SEVERE)).isEqualTo(Level.ERROR);
    assertThat(JulBridge.levelOf(java.util.logging.Level.WARNING)).isEqualTo(Level.WARN);
    assertThat(JulBridge.levelOf(java.util.logging.Level.INFO)).isEqualTo(Level.INFO);
    assertThat(JulBridge.levelOf(java.util.logging.Level.FINE)).isEqualTo(Level.DEBUG);
  }

  @Test
  void install_grpcLogger_routesWarningsThroughTheBridgeOnly() {
    JulBridge.install();

    java.util.logging.Logger root = java.util.logging.LogManager.getLogManager().getLogger("");
    assertThat(root.getHandlers()).hasSize(1).allMatch(h -> h instanceof JulBridge);
    assertThat(root.getLevel()).isEqualTo(java.util.logging.Level.WARNING);
  }
}
