package io.canopywave.tf.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A client for the simulator's control API, for tests: reset, the request log, fault rules,
 * out-of-band changes of objects and the config. Works against an embedded {@link Simulator}
 * or one started with {@code scripts/simulator}.
 */
public final class SimulatorControl {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final String root;
  private final HttpClient http;

  /** Thrown when the control API refuses a call; the message carries its answer. */
  public static final class ControlException extends RuntimeException {
    private final int status;

    ControlException(int status, String message) {
      super("control API answered " + status + ": " + message);
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  /** @param controlUrl the control API root, {@code http://127.0.0.1:PORT/_simulator} */
  public SimulatorControl(String controlUrl) {
    this.root = controlUrl.endsWith("/")
        ? controlUrl.substring(0, controlUrl.length() - 1) : controlUrl;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  public void reset() {
    call("POST", "/reset", Map.of());
  }

  /** The request log, oldest first. */
  public List<Map<String, Object>> requests() {
    return listOf(call("GET", "/requests", null).get("requests"));
  }

  /** The log entries with this method (null for any) whose path matches the glob. */
  public List<Map<String, Object>> requests(String method, String pathGlob) {
    var query = new StringBuilder("?path=").append(encode(pathGlob));
    if (method != null) {
      query.append("&method=").append(encode(method));
    }
    return listOf(call("GET", "/requests" + query, null).get("requests"));
  }

  public void clearRequests() {
    call("DELETE", "/requests", null);
  }

  /** Adds a rule; answers its id, for {@link #removeFault}. */
  public String addFault(FaultRule rule) {
    return addFault(rule.toJson());
  }

  public String addFault(Map<String, ?> rule) {
    return (String) call("POST", "/faults", rule).get("id");
  }

  /** The rules with their counters ({@code matched}, {@code fired}, {@code exhausted}). */
  public List<Map<String, Object>> faults() {
    return listOf(call("GET", "/faults", null).get("faults"));
  }

  public void removeFault(String id) {
    call("DELETE", "/faults/" + encode(id), null);
  }

  public void clearFaults() {
    call("DELETE", "/faults", null);
  }

  /** Every object by kind ({@code instances}, {@code volumes}, ...), invisible ones included. */
  public Map<String, List<Map<String, Object>>> objects() {
    var result = new LinkedHashMap<String, List<Map<String, Object>>>();
    call("GET", "/objects", null).forEach((kind, items) -> result.put(kind, listOf(items)));
    return result;
  }

  public List<Map<String, Object>> objects(String kind) {
    return listOf(call("GET", "/objects?kind=" + encode(kind), null).get(kind));
  }

  /** Overwrites fields, named as in the API's list output; answers the changed object. */
  public Map<String, Object> patch(String kind, String id, Map<String, ?> fields) {
    return call("PATCH", objectPath(kind, id), fields);
  }

  /** Removes an object behind the provider's back; answers what it was. */
  public Map<String, Object> delete(String kind, String id) {
    return mapOf(call("DELETE", objectPath(kind, id), null).get("deleted"));
  }

  /** As {@link #delete(String, String)}, for an SSH key name used in several places. */
  public Map<String, Object> delete(String kind, String id, String project, String region) {
    String query = "?project=" + encode(project) + "&region=" + encode(region);
    return mapOf(call("DELETE", objectPath(kind, id) + query, null).get("deleted"));
  }

  public SimulatorConfig config() {
    return SimulatorConfig.fromJson(call("GET", "/config", null));
  }

  /** Changes some config fields ({@code build_seconds}, ...); answers the whole config. */
  public SimulatorConfig config(Map<String, ?> changes) {
    return SimulatorConfig.fromJson(call("POST", "/config", changes));
  }

  private static String objectPath(String kind, String id) {
    return "/objects/" + encode(kind) + "/" + encode(id);
  }

  private Map<String, Object> call(String method, String path, Map<String, ?> body) {
    var publisher = body == null
        ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(Json.write(body));
    var request = HttpRequest.newBuilder(URI.create(root + path))
        .timeout(TIMEOUT)
        .header("Content-Type", "application/json")
        .method(method, publisher)
        .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("control API " + method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted calling the control API", e);
    }
    Object parsed = response.body().isEmpty() ? Map.of() : Json.parse(response.body());
    if (response.statusCode() >= 300) {
      Object message = parsed instanceof Map<?, ?> map ? map.get("error") : response.body();
      throw new ControlException(response.statusCode(), String.valueOf(message));
    }
    return mapOf(parsed);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> mapOf(Object value) {
    return (Map<String, Object>) value;
  }

  private static List<Map<String, Object>> listOf(Object value) {
    var list = new ArrayList<Map<String, Object>>();
    for (Object item : (List<?>) value) {
      list.add(mapOf(item));
    }
    return list;
  }
}
