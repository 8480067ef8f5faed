package io.canopywave.tf.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the handler for a method and path. Each group of endpoints names its routes with an
 * enum and answers them in one exhaustive {@code switch}, which costs no lambda per route at
 * start-up (a few dozen lambdas take tens of milliseconds to link). Patterns are paths whose
 * {@code {name}} segments match any one segment; routes are tried in the order they were
 * added, so literal paths such as {@code /instances/running} go before {@code /instances/{id}}.
 */
final class Router {
  /** A group of routes, answered by one object. */
  interface Endpoints<R extends Enum<R>> {
    ApiResponse handle(R route, ApiRequest request);
  }

  private record Target<R extends Enum<R>>(Endpoints<R> endpoints, R route) {
    ApiResponse handle(ApiRequest request) {
      return endpoints.handle(route, request);
    }
  }

  private record Entry(String method, String[] segments, Target<?> target) {}

  private final List<Entry> entries = new ArrayList<>();

  <R extends Enum<R>> Router add(String method, String pattern, Endpoints<R> endpoints, R route) {
    entries.add(new Entry(method, split(pattern), new Target<>(endpoints, route)));
    return this;
  }

  /** The route's answer; 404 for an unknown path, 405 for a known path with another method. */
  ApiResponse dispatch(ApiRequest request) {
    String[] segments = split(request.path());
    boolean pathKnown = false;
    for (var entry : entries) {
      List<String> params = match(entry.segments, segments);
      if (params == null) {
        continue;
      }
      pathKnown = true;
      if (entry.method.equals(request.method())) {
        return entry.target.handle(request.withPathParams(params));
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

  // Limitation: the path arrives decoded, so an id or name holding an encoded slash (%2F)
  // splits into two segments and matches no route; no id or name the simulator makes has one.
  private static String[] split(String path) {
    String trimmed = path.endsWith("/") && path.length() > 1
        ? path.substring(0, path.length() - 1) : path;
    return trimmed.split("/", -1);
  }
}
