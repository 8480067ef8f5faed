package io.canopywave.tf.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.canopywave.tf.api.http.ApiRequest;
import io.canopywave.tf.api.http.Envelope;
import io.canopywave.tf.api.http.HttpTransport;
import io.canopywave.tf.api.model.JsonFields;
import io.canopywave.tf.api.model.Scope;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What every endpoint group shares: the transport (created on the first call) and the list
 * cache around it.
 */
final class Calls implements AutoCloseable {
  private final ClientSettings settings;
  private final UserAgent userAgent;
  private final ListCache cache;
  private volatile HttpTransport transport;

  Calls(ClientSettings settings, UserAgent userAgent, ListCache cache) {
    this.settings = settings;
    this.userAgent = userAgent;
    this.cache = cache;
  }

  @Override
  public void close() {
    HttpTransport built = transport;
    if (built != null) {
      built.close();
    }
  }

  private HttpTransport transport() {
    HttpTransport built = transport;
    if (built == null) {
      synchronized (this) {
        built = transport;
        if (built == null) {
          built = new HttpTransport(settings, userAgent);
          transport = built;
        }
      }
    }
    return built;
  }

  /** A read that is not cached. */
  <T> T read(ApiRequest request, Function<JsonNode, T> reader) {
    return transport().execute(request, reader);
  }

  /** An enveloped list, through the cache. */
  <T> List<T> list(
      ListCache.Kind kind, String project, String region, CacheMode mode, ApiRequest request,
      Function<JsonNode, T> item) {
    return cache.get(kind, project, region, mode,
        () -> transport().execute(request, answer -> Envelope.list(answer, item)));
  }

  /**
   * A call that changes something: afterwards (also when it failed, since a failed write may
   * still have happened) the lists it affects are forgotten.
   */
  <T> T write(
      ApiRequest request, Function<JsonNode, T> reader, String project, String region,
      ListCache.Kind... affected) {
    try {
      return transport().execute(request, reader);
    } finally {
      for (ListCache.Kind kind : affected) {
        cache.invalidate(kind, project, region);
      }
    }
  }

  /** The id a delete echoes as {@code {"data": {"id"|"name": ...}}}, else the one requested. */
  static Function<JsonNode, String> echoedId(String requested) {
    return answer -> {
      JsonNode data = Envelope.dataOrBare(answer);
      if (data != null && data.isObject()) {
        for (String field : new String[] {"id", "name"}) {
          JsonNode value = data.get(field);
          if (value != null && value.isValueNode() && !value.isNull()) {
            return value.asText();
          }
        }
      }
      return requested;
    };
  }

  /** The {@code id} of an enveloped {@code {"data": {"id": ...}}} answer. */
  static String createdId(JsonNode answer) {
    return JsonFields.of(Envelope.data(answer), "created object")
        .requiredText("id");
  }

  /** A POST body: region and project first (as the reference writes them), then the pairs. */
  static Map<String, Object> body(Scope scope, Object... keyValues) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("region", scope.region());
    body.put("project", scope.project());
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      body.put((String) keyValues[i], keyValues[i + 1]);
    }
    return body;
  }
}
