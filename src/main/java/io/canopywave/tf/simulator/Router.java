package io.canopywave.tf.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the handler for a method and path. Patterns are paths whose {@code {name}} segments
 * match any one segment; routes are tried in the order they were added, so literal paths such
 * as {@code /instances/running} go before {@code /instances/{id}}.
 */
final class Router {
  /** What a route does with a request. */
  @FunctionalInterface
  interface Handler {
    ApiResponse handle(ApiRequest request);
  }

  private record Route(String method, String[] segments, Handler handler) {}

  private final List<Route> routes = new ArrayList<>();

  Router add(String method, String pattern, Handler handler) {
    routes.add(new Route(method, split(pattern), handler));
    return this;
  }

  /** The route's answer; 404 for an unknown path, 405 for a known path with another method. */
  ApiResponse dispatch(ApiRequest request) {
    String[] segments = split(request.path());
    boolean pathKnown = false;
    for (var route : routes) {
      List<String> params = match(route.segments, segments);
      if (params == null) {
        continue;
      }
      pathKnown = true;
      if (route.method.equals(request.method())) {
        return route.handler.handle(request.withPathParams(params));
      }
    }
    if (pathKnown) {
      return ApiResponse.error(405, "method " + request.method() + " is not allowed here");
    }
    return ApiResponse.error(404, "no such endpoint: " + request.method() + " " + request.path());
  }

  private static List<String> match(String[] pattern, String[] segments) {
    if (pattern.length != segments.length) {
      return null;
    }
    var params = new ArrayList<String>();
    for (int i = 0; i < pattern.length; i++) {
      if (pattern[i].startsWith("{")) {
        if (segments[i].isEmpty()) {
          return null;
        }
        params.add(segments[i]);
      } else if (!pattern[i].equals(segments[i])) {
        return null;
      }
    }
    return params;
  }

  private static String[] split(String path) {
    String trimmed = path.endsWith("/") && path.length() > 1
        ? path.substring(0, path.length() - 1) : path;
    return trimmed.split("/", -1);
  }
}
