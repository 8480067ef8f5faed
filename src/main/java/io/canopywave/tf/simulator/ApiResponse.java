package io.canopywave.tf.simulator;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One answer, before it is written: status, headers and body bytes. */
record ApiResponse(int status, Map<String, String> headers, byte[] body) {
  static final String JSON_TYPE = "application/json";
  static final String TEXT_TYPE = "text/plain; charset=utf-8";

  ApiResponse {
    headers = Map.copyOf(headers);
  }

  /** The reference's success envelope {@code {"data": payload}}. */
  static ApiResponse data(Object payload) {
    var envelope = new LinkedHashMap<String, Object>();
    envelope.put("data", payload);
    return json(200, envelope);
  }

  /** {@code {"data": {key: value}}}, the answer of most writes. */
  static ApiResponse dataField(String key, Object value) {
    var payload = new LinkedHashMap<String, Object>();
    payload.put(key, value);
    return data(payload);
  }

  static ApiResponse json(int status, Object value) {
    return new ApiResponse(
        status,
        Map.of("Content-Type", JSON_TYPE),
        Json.write(value).getBytes(StandardCharsets.UTF_8));
  }

  static ApiResponse error(int status, String message) {
    return json(status, Map.of("error", message));
  }

  static ApiResponse text(int status, String text) {
    return new ApiResponse(
        status, Map.of("Content-Type", TEXT_TYPE), text.getBytes(StandardCharsets.UTF_8));
  }

  ApiResponse withHeaders(Map<String, String> extra) {
    var merged = new LinkedHashMap<>(headers);
    merged.putAll(extra);
    return new ApiResponse(status, merged, body);
  }
}
