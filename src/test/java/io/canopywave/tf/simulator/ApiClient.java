package io.canopywave.tf.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A bare HTTP client for the simulated API in tests: raw status, headers and body. */
final class ApiClient {
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Simulator simulator;
  private final String apiKey;

  ApiClient(Simulator simulator) {
    this(simulator, simulator.apiKey());
  }

  private ApiClient(Simulator simulator, String apiKey) {
    this.simulator = simulator;
    this.apiKey = apiKey;
  }

  /** The same client sending another key, or none when null. */
  ApiClient withKey(String key) {
    return new ApiClient(simulator, key);
  }

  /** One answer. */
  record Reply(int status, String body, Map<String, List<String>> headers) {
    Object json() {
      return Json.parse(body);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> map() {
      return (Map<String, Object>) json();
    }

    Object data() {
      return map().get("data");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> dataMap() {
      return (Map<String, Object>) data();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> dataList() {
      return (List<Map<String, Object>>) data();
    }

    String error() {
      return (String) map().get("error");
    }

    String header(String name) {
      for (var entry : headers.entrySet()) {
        if (entry.getKey().equalsIgnoreCase(name)) {
          return entry.getValue().getFirst();
        }
      }
      return null;
    }
  }

  Reply get(String pathAndQuery) {
    return send("GET", pathAndQuery, null);
  }

  Reply post(String path, Object body) {
    return send("POST", path, body instanceof String text ? text : Json.write(body));
  }

  Reply delete(String pathAndQuery) {
    return send("DELETE", pathAndQuery, null);
  }

  /** {@code path} is relative to the base URL, e.g. {@code /projects}. */
  Reply send(String method, String path, String body) {
    var builder = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path))
        .timeout(Duration.ofSeconds(20))
        .method(method, body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (apiKey != null) {
      builder.header("Authorization", "Bearer " + apiKey);
    }
    if (body != null) {
      builder.header("Content-Type", "application/json");
    }
    try {
      var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body(), response.headers().map());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
