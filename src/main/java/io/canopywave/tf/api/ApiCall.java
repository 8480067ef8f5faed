package io.canopywave.tf.api;

/**
 * Names one call for messages and logs: the HTTP method and the URL path, never the query (which
 * could one day carry something secret) and never a header.
 */
public record ApiCall(String method, String path) {

  /** GET, HEAD, PUT, DELETE and OPTIONS may be repeated safely; POST may not. */
  public boolean isIdempotent() {
    return switch (method) {
      case "GET", "HEAD", "PUT", "DELETE", "OPTIONS" -> true;
      default -> false;
    };
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}
