package io.canopywave.tf.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PortRangeTest {

  @Test
  void fromEnvironment_nothingSet_isGoPluginDefault() throws Exception {
    assertThat(PortRange.fromEnvironment(Map.of())).isEqualTo(new PortRange(10000, 25000));
  }

  @Test
  void fromEnvironment_bothSet_areUsed() throws Exception {
    Map<String, String> env = Map.of("PLUGIN_MIN_PORT", "20000", "PLUGIN_MAX_PORT", "20010");

    assertThat(PortRange.fromEnvironment(env)).isEqualTo(new PortRange(20000, 20010));
  }

  @Test
  void fromEnvironment_oneEndSet_keepsTheOtherDefault() throws Exception {
    assertThat(PortRange.fromEnvironment(Map.of("PLUGIN_MAX_PORT", "12000")))
        .isEqualTo(new PortRange(10000, 12000));
  }

  @Test
  void fromEnvironment_notANumber_isRefusedWithTheVariableName() {
    assertThatThrownBy(() -> PortRange.fromEnvironment(Map.of("PLUGIN_MIN_PORT", "low")))
        .isInstanceOf(LaunchException.class)
        .hasMessageContaining("PLUGIN_MIN_PORT");
  }

  @Test
  void fromEnvironment_minAboveMax_isRefused() {
    assertThatThrownBy(
            () ->
                PortRange.fromEnvironment(
                    Map.of("PLUGIN_MIN_PORT", "30000", "PLUGIN_MAX_PORT", "20000")))
        .isInstanceOf(LaunchException.class)
        .hasMessageContaining("30000..20000");
  }
}
