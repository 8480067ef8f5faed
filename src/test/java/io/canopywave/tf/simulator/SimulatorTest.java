package io.canopywave.tf.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.Test;

/** Starting, addressing and stopping the embedded simulator. */
class SimulatorTest {

  @Test
  void start_portZero_listensOnAFreeLoopbackPortWithTheDocumentedUrls() {
    try (var simulator = Simulator.start(SimulatorOptions.defaults())) {
      int port = simulator.port();

      assertThat(port).isPositive();
      assertThat(simulator.baseUrl()).isEqualTo("http://127.0.0.1:" + port + "/api/v1");
      assertThat(simulator.controlUrl()).isEqualTo("http://127.0.0.1:" + port + "/_simulator");
      assertThat(simulator.apiKey()).isEqualTo("canopywave-simulator-key");
      assertThat(new ApiClient(simulator).get("/projects").status()).isEqualTo(200);
    }
  }

  @Test
  void start_twiceInOneJvm_startsWellUnder200Milliseconds() {
    Simulator.start(SimulatorOptions.defaults()).close();

    long started = System.nanoTime();
    var simulator = Simulator.start(SimulatorOptions.defaults());
    long elapsedMs = (System.nanoTime() - started) / 1_000_000;
    simulator.close();

    assertThat(elapsedMs).isLessThan(200);
  }

  @Test
  void start_takenPort_failsNamingIt() throws Exception {
    try (var taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();

      assertThatThrownBy(() -> Simulator.start(SimulatorOptions.defaults().withPort(port)))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("127.0.0.1:" + port);
    }
  }

  @Test
  void close_freesThePortForTheNextSimulator() {
    int port;
    try (var first = Simulator.start(SimulatorOptions.defaults())) {
      port = first.port();
    }

    try (var second = Simulator.start(SimulatorOptions.defaults().withPort(port))) {
      assertThat(second.port()).isEqualTo(port);
    }
  }

  @Test
  void close_stopsAnswering() {
    var simulator = Simulator.start(SimulatorOptions.defaults());
    int port = simulator.port();

    simulator.close();

    assertThatThrownBy(() -> {
      try (var socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      }
    }).isInstanceOf(IOException.class);
  }

  @Test
  void apiKey_custom_isTheOnlyOneAccepted() {
    try (var simulator = Simulator.start(SimulatorOptions.defaults().withApiKey("k-123"))) {
      var api = new ApiClient(simulator);

      assertThat(api.get("/projects").status()).isEqualTo(200);
      assertThat(api.withKey(SimulatorOptions.DEFAULT_API_KEY).get("/projects").status())
          .isEqualTo(401);
    }
  }

  @Test
  void options_toString_masksTheKey() {
    var options = SimulatorOptions.defaults().withApiKey("very-private");

    assertThat(options.toString()).doesNotContain("very-private").contains("apiKey=***");
  }

  @Test
  void options_invalid_areRefused() {
    assertThatThrownBy(() -> SimulatorOptions.defaults().withPort(70000))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SimulatorOptions.defaults().withApiKey(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SimulatorOptions.defaults().withBuildSeconds(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void requestLog_pastItsCapacity_keepsTheNewestAndCountsTheRest() {
    try (var simulator = Simulator.start(SimulatorOptions.defaults().withRequestLogCapacity(5))) {
      var api = new ApiClient(simulator);
      for (int i = 0; i < 8; i++) {
        api.get("/projects");
      }

      var log = simulator.control().requests();

      assertThat(log).extracting(entry -> entry.get("seq")).containsExactly(4L, 5L, 6L, 7L, 8L);
    }
  }

  @Test
  void pathOutsideApiAndControl_answersAJson404NamingBothRoots() throws Exception {
    try (var simulator = Simulator.start(SimulatorOptions.defaults())) {
      var request = HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + simulator.port() + "/elsewhere")).build();

      var response = HttpClient.newHttpClient().send(request, BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.body()).contains("/api/v1").contains("/_simulator");
    }
  }
}
