package io.canopywave.tf.api;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Every failure of a Canopy Wave API call: a classification, the HTTP status (0 when no answer
 * arrived), the call, and the API's own message. Messages never contain the API key.
 */
public final class ApiException extends RuntimeException {

  /** What went wrong, in the terms a resource reacts to. */
  public enum Kind {
    /** 401 or 403: the API key is missing, wrong or lacks access. */
    UNAUTHORIZED,
    /** 404, or a message saying "not found": the object does not exist (any more). */
    NOT_FOUND,
    /** 409, or a message saying "in use" or "not associated". */
    CONFLICT,
    /** 429: too many requests. */
    RATE_LIMITED,
    /** Any other 4xx: validation, unknown flavor or image, no capacity. */
    BAD_REQUEST,
    /** 5xx. */
    SERVER,
    /** No answer: connection refused or dropped, timeout. */
    NETWORK,
    /** A success status whose body is not what the endpoint answers. */
    INVALID_RESPONSE
  }

  private final Kind kind;
  private final ApiCall call;
  private final int status;
  private final String apiMessage;
  private final Duration retryAfter;
  private final boolean outcomeUnknown;

  /**
   * @param status the HTTP status, 0 when no answer arrived
   * @param apiMessage the API's message (already free of secrets), or a description of the
   *     failure when there is none
   * @param retryAfter the wait the API asked for, or null
   * @param outcomeUnknown true when a non-repeatable call may have taken effect anyway (a 5xx or
   *     a lost answer to a POST)
   */
  public ApiException(
      Kind kind,
      ApiCall call,
      int status,
      String apiMessage,
      Duration retryAfter,
      boolean outcomeUnknown,
      Throwable cause) {
    super(compose(kind, call, status, apiMessage, outcomeUnknown), cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.call = Objects.requireNonNull(call, "call");
    this.status = status;
    this.apiMessage = apiMessage;
    this.retryAfter = retryAfter;
    this.outcomeUnknown = outcomeUnknown;
  }

  public Kind kind() {
    return kind;
  }

  public ApiCall call() {
    return call;
  }

  /** The HTTP status, or 0 when no answer arrived. */
  public int status() {
    return status;
  }

  /** The API's message (from its {@code error} field or its text body), or a description. */
  public String apiMessage() {
    return apiMessage;
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** True when the call may have taken effect although it failed (so it was not repeated). */
  public boolean outcomeUnknown() {
    return outcomeUnknown;
  }

  public boolean is(Kind expected) {
    return kind == expected;
  }

  /** Rate limiting, server errors and network errors may pass when tried again later. */
  public boolean isTransient() {
    return kind == Kind.RATE_LIMITED || kind == Kind.SERVER || kind == Kind.NETWORK;
  }

  private static String compose(
      Kind kind, ApiCall call, int status, String apiMessage, boolean outcomeUnknown) {
    StringBuilder text = new StringBuilder("Canopy Wave API ").append(call);
    if (status > 0) {
      text.append(" answered HTTP ").append(status);
    } else {
      text.append(" failed");
    }
    if (apiMessage != null && !apiMessage.isEmpty()) {
      text.append(": ").append(apiMessage);
    }
    switch (kind) {
      case UNAUTHORIZED -> text.append(" (the API key was rejected)");
      case RATE_LIMITED -> text.append(" (rate limited)");
      default -> { }
    }
    if (outcomeUnknown) {
      text.append(". The outcome is unknown: the request may have taken effect,"
          + " so it was not repeated");
    }
    return text.toString();
  }
}
