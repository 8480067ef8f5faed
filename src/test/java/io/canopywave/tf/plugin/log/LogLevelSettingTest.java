package io.canopywave.tf.plugin.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LogLevelSettingTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("nothing set", null, null, Level.WARN),
        Arguments.of("TF_LOG=trace", "trace", null, Level.TRACE),
        Arguments.of("TF_LOG=DEBUG", "DEBUG", null, Level.DEBUG),
        Arguments.of("TF_LOG=Info", "Info", null, Level.INFO),
        Arguments.of("TF_LOG=warn", "warn", null, Level.WARN),
        Arguments.of("TF_LOG=error", "error", null, Level.ERROR),
        Arguments.of("TF_LOG=JSON", "JSON", null, Level.TRACE),
        Arguments.of("TF_LOG=1", "1", null, Level.TRACE),
        Arguments.of("TF_LOG=off", "off", null, Level.WARN),
        Arguments.of("TF_LOG blank", "  ", null, Level.WARN),
        Arguments.of("provider wins over TF_LOG", "trace", "error", Level.ERROR),
        Arguments.of("empty provider falls back to TF_LOG", "debug", "", Level.DEBUG),
        Arguments.of("provider alone", null, "info", Level.INFO));
  }

  private static Map<String, String> environment(String tfLog, String tfLogProvider) {
    Map<String, String> env = new HashMap<>();
    env.put("TF_LOG", tfLog);
    env.put("TF_LOG_PROVIDER", tfLogProvider);
    return env;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void fromEnvironment_variables_chooseLevel(
      String name, String tfLog, String tfLogProvider, Level expected) {
    assertThat(LogLevelSetting.fromEnvironment(environment(tfLog, tfLogProvider)))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void fromEnvironment_ownProviderVariable_winsOverAll(
      String name, String tfLog, String tfLogProvider, Level ignored) {
    Map<String, String> env = environment(tfLog, tfLogProvider);
    env.put("TF_LOG_PROVIDER_CANOPYWAVE", "debug");

    assertThat(LogLevelSetting.fromEnvironment(env)).isEqualTo(Level.DEBUG);
  }
}
