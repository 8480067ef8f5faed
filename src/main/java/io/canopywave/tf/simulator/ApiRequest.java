package io.canopywave.tf.simulator;

import java.util.List;
import java.util.Map;

/**
 * One request to the simulated API, as the handlers see it.
 *
 * @param query decoded query parameters (the first value of each name)
 * @param body the raw body text, empty when there is none
 * @param pathParams the values the route's {@code {...}} segments matched, in order
 */
record ApiRequest(
    String method,
    String path,
    Map<String, String> query,
    String body,
    Map<String, String> headers,
    List<String> pathParams) {

  ApiRequest {
    query = Map.copyOf(query);
    headers = Map.copyOf(headers);
    pathParams = List.copyOf(pathParams);
  }

  ApiRequest withPathParams(List<String> params) {
    return new ApiRequest(method, path, query, body, headers, params);
  }

  String pathParam(int index) {
    return pathParams.get(index);
  }

  Params queryParams() {
    return new Params(query);
  }

  /** The JSON object body; a 400 when it is missing, malformed or not an object. */
  Params bodyParams() {
    if (body.isBlank()) {
      throw ApiError.badRequest("the request needs a JSON object body");
    }
    Object parsed;
    try {
      parsed = Json.parse(body);
    } catch (Json.MalformedJsonException e) {
      throw ApiError.badRequest("the request body is not valid JSON: " + e.getMessage());
    }
    if (!(parsed instanceof Map<?, ?> map)) {
      throw ApiError.badRequest("the request body must be a JSON object");
    }
    @SuppressWarnings("unchecked")
    var object = (Map<String, ?>) map;
    return new Params(object);
  }

  /** A header by lower-case name, or null. */
  String header(String lowerCaseName) {
    return headers.get(lowerCaseName);
  }
}
