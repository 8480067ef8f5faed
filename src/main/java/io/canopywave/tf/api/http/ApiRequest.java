package io.canopywave.tf.api.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One call before it is sent: method, path segments below the base URL (each one encoded on its
 * own, so ids and names cannot change the path), query parameters (nulls left out), and a body
 * that is written as JSON.
 */
public record ApiRequest(
    String method, List<String> path, Map<String, String> query, Object body) {

  public ApiRequest {
    path = List.copyOf(path);
    Map<String, String> kept = new LinkedHashMap<>();
    query.forEach((name, value) -> {
      if (value != null) {
        kept.put(name, value);
      }
    });
    query = Collections.unmodifiableMap(kept);
  }

  public static ApiRequest get(List<String> path, Map<String, String> query) {
    return new ApiRequest("GET", path, query, null);
  }

  public static ApiRequest delete(List<String> path, Map<String, String> query) {
    return new ApiRequest("DELETE", path, query, null);
  }

  public static ApiRequest post(List<String> path, Object body) {
    return new ApiRequest("POST", path, Map.of(), body);
  }

  /** The query of calls scoped to a project and, when not null, a region. */
  public static Map<String, String> scope(String project, String region) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("project", project);
    query.put("region", region);
    return query;
  }
}
