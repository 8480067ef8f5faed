package io.canopywave.tf.api.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.canopywave.tf.api.ApiCall;
import io.canopywave.tf.api.ApiException;
import io.canopywave.tf.api.ApiException.Kind;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/** Turns failed answers and lost connections into {@link ApiException}s. */
public final class ErrorMapping {
  private static final Map<Integer, String> REASONS = Map.ofEntries(
      Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"),
      Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"),
      Map.entry(405, "Method Not Allowed"), Map.entry(408, "Request Timeout"),
      Map.entry(409, "Conflict"), Map.entry(422, "Unprocessable Entity"),
      Map.entry(429, "Too Many Requests"), Map.entry(500, "Internal Server Error"),
      Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"),
      Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

  private final Redactor redactor;
  private final ObjectMapper json;

  public ErrorMapping(Redactor redactor, ObjectMapper json) {
    this.redactor = redactor;
    this.json = json;
  }

  /** The class of an error answer, from its status and then its message. */
  public static Kind classify(int status, String message) {
    String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
    if (status == 401 || status == 403) {
      return Kind.UNAUTHORIZED;
    }
    if (status == 429) {
      return Kind.RATE_LIMITED;
    }
    if (status >= 500) {
      return Kind.SERVER;
    }
    if (status == 404 || text.contains("not found")) {
      return Kind.NOT_FOUND;
    }
    if (status == 409 || text.contains("in use") || text.contains("not associated")) {
      return Kind.CONFLICT;
    }
    if (status >= 400) {
      return Kind.BAD_REQUEST;
    }
    // A redirect or informational answer where JSON was expected.
    return Kind.INVALID_RESPONSE;
  }

  /** An error answer: the message comes from the body, else the status line. */
  public ApiException fromAnswer(
      ApiCall call, int status, String reason, String contentType, String body,
      Duration retryAfter) {
    String message = ErrorBodies.message(contentType, body, json);
    if (message == null) {
      message = reason == null || reason.isBlank() ? REASONS.get(status) : reason.strip();
    }
    message = redactor.scrub(message);
    Kind kind = classify(status, message);
    boolean unknown = !call.isIdempotent() && status >= 500;
    return new ApiException(kind, call, status, message, retryAfter, unknown, null);
  }

  /** No answer arrived. A POST that may have reached the server has an unknown outcome. */
  public ApiException fromIo(ApiCall call, IOException failure) {
    boolean neverSent = failure instanceof ConnectException
        || failure instanceof UnknownHostException
        || failure instanceof NoRouteToHostException;
    String what = switch (failure) {
      case ConnectException e -> "could not connect";
      case UnknownHostException e -> "unknown host";
      case InterruptedIOException e -> "timed out";
      default -> "the connection failed before a complete answer";
    };
    String detail = failure.getMessage() == null ? failure.getClass().getSimpleName()
        : failure.getClass().getSimpleName() + ": " + failure.getMessage();
    String message = redactor.scrub(what + " (" + detail + ")");
    boolean unknown = !call.isIdempotent() && !neverSent;
    return new ApiException(Kind.NETWORK, call, 0, message, null, unknown, failure);
  }

  /** A success status with a body the endpoint never answers. */
  public static ApiException invalidAnswer(ApiCall call, int status, String problem) {
    return new ApiException(Kind.INVALID_RESPONSE, call, status,
        "unexpected answer: " + problem, null, false, null);
  }
}
