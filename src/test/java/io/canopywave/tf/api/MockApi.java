package io.canopywave.tf.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** A MockWebServer on 127.0.0.1 and a client aimed at it with small, fast settings. */
final class MockApi implements AutoCloseable {
  static final String API_KEY = "cw-test-key-5f1c0e9a7d";

  final MockWebServer server = new MockWebServer();

  MockApi() {
    try {
      server.start(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getPort() + "/api/v1";
  }

  /** Fast settings: high rate, millisecond backoff, no list reuse window. */
  ClientSettings.Builder settings() {
    return TestClientSettings.fast(baseUrl(), API_KEY)
        .maxRetries(3)
        .retryMaxDelay(Duration.ofMillis(40))
        .rateLimitCooldown(Duration.ofMillis(200));
  }

  CanopyWaveClient client() {
    return new CanopyWaveClient(settings().build());
  }

  void enqueue(int code, String body) {
    server.enqueue(new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "application/json")
        .body(body)
        .build());
  }

  void enqueueExample(String name) {
    enqueue(200, example(name));
  }

  RecordedRequest take() {
    try {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      if (request == null) {
        throw new AssertionError("no request reached the mock API");
      }
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** An example copied byte for byte from the API reference. */
  static String example(String name) {
    String path = "/api-examples/" + name + ".json";
    try (InputStream in = MockApi.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new AssertionError("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
