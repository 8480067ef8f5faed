package io.canopywave.tf.resource.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A MockWebServer on 127.0.0.1 answering queued JSON, for resource tests; as an instance
 * {@code @RegisterExtension} field it stops after each test.
 */
public final class FakeApi implements AutoCloseable, AfterEachCallback {
  private final MockWebServer server = new MockWebServer();

  public FakeApi() {
    try {
      server.start(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A provider aimed at this server, with the test's default project and region. */
  public ConnectionSource connections() {
    return TestConnections.to("http://127.0.0.1:" + server.getPort() + "/api/v1",
        TestConnections.PROJECT, TestConnections.REGION);
  }

  public FakeApi answer(int code, String json) {
    server.enqueue(new MockResponse.Builder().code(code)
        .setHeader("Content-Type", "application/json").body(json).build());
    return this;
  }

  /** {@code {"data": [<items>]}}. */
  public FakeApi list(String... items) {
    return answer(200, "{\"data\": [" + String.join(", ", items) + "]}");
  }

  /** The method and path (with query) of every request so far, in order. */
  public List<String> requests() {
    List<String> seen = new ArrayList<>();
    try {
      RecordedRequest request;
      while ((request = server.takeRequest(50, TimeUnit.MILLISECONDS)) != null) {
        seen.add(request.getMethod() + " " + request.getUrl().encodedPath());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    return seen;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    close();
  }

  @Override
  public void close() {
    server.close();
  }
}
