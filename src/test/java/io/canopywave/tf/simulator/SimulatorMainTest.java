package io.canopywave.tf.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SimulatorMainTest {

  @Test
  void parse_noArguments_givesPort8787AndTheDefaultKey() {
    var options = SimulatorMain.parse(new String[0]);

    assertThat(options.port()).isEqualTo(8787);
    assertThat(options.apiKey()).isEqualTo("canopywave-simulator-key");
    assertThat(options.config().buildSeconds()).isEqualTo(2);
  }

  @Test
  void parse_everyOption_isApplied() {
    var options = SimulatorMain.parse(new String[] {"--port", "0", "--api-key", "k",
        "--build-seconds", "0.5", "--linger-seconds", "3"});

    assertThat(options.port()).isZero();
    assertThat(options.apiKey()).isEqualTo("k");
    assertThat(options.config().buildSeconds()).isEqualTo(0.5);
    assertThat(options.config().lingerSeconds()).isEqualTo(3);
  }

  @Test
  void parse_help_answersNull() {
    assertThat(SimulatorMain.parse(new String[] {"--help"})).isNull();
  }

  @Test
  void parse_badArguments_areRefusedWithAReason() {
    assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--port"}))
        .hasMessage("--port needs a value");
    assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--port", "high"}))
        .hasMessage("--port takes a whole number, not high");
    assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--colour", "red"}))
        .hasMessage("unknown option --colour");
  }

  @Test
  void describe_defaultKey_printsEndpointKeyAndControlUrl() {
    var options = SimulatorOptions.defaults();
    try (var simulator = Simulator.start(options)) {
      String printed = describe(simulator, options);

      assertThat(printed).contains(simulator.baseUrl()).contains(simulator.controlUrl())
          .contains("canopywave-simulator-key");
    }
  }

  @Test
  void describe_customKey_neverPrintsIt() {
    var options = SimulatorOptions.defaults().withApiKey("my-own-secret");
    try (var simulator = Simulator.start(options)) {
      assertThat(describe(simulator, options)).doesNotContain("my-own-secret");
    }
  }

  private static String describe(Simulator simulator, SimulatorOptions options) {
    var bytes = new ByteArrayOutputStream();
    SimulatorMain.describe(simulator, options, new PrintStream(bytes, true,
        StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
