package io.canopywave.tf.api.http;

import io.canopywave.tf.api.ApiLog;
import java.io.IOException;
import java.util.function.LongSupplier;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/**
 * Logs every attempt at debug (method, path, query, status, duration) and, at trace, the bodies
 * with secret fields masked. Headers are never logged, so the Authorization header cannot leak.
 */
public final class RequestLogInterceptor implements Interceptor {
  private static final int MAX_BODY = 4_000;
  private static final long MAX_PEEK = 64 * 1024;

  private final ApiLog log;
  private final Redactor redactor;
  private final LongSupplier nanoClock;

  public RequestLogInterceptor(ApiLog log, Redactor redactor, LongSupplier nanoClock) {
    this.log = log;
    this.redactor = redactor;
    this.nanoClock = nanoClock;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String method = request.method();
    String path = request.url().encodedPath();
    String query = redactor.scrub(request.url().encodedQuery());
    boolean trace = log.isTraceEnabled();
    if (trace) {
      log.trace("Canopy Wave API request", "method", method, "path", path, "query", query,
          "body", redactor.body(bodyText(request.body()), MAX_BODY));
    }
    long start = nanoClock.getAsLong();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException failure) {
      log.debug("Canopy Wave API call failed", "method", method, "path", path, "query", query,
          "error", failure.getClass().getSimpleName(), "duration_ms", millisSince(start));
      throw failure;
    }
    log.debug("Canopy Wave API call", "method", method, "path", path, "query", query,
        "status", response.code(), "duration_ms", millisSince(start));
    if (trace) {
      log.trace("Canopy Wave API response", "method", method, "path", path,
          "status", response.code(),
          "body", redactor.body(response.peekBody(MAX_PEEK).string(), MAX_BODY));
    }
    return response;
  }

  private long millisSince(long start) {
    return (nanoClock.getAsLong() - start) / 1_000_000;
  }

  private static String bodyText(RequestBody body) throws IOException {
    if (body == null) {
      return "";
    }
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    return buffer.readUtf8();
  }
}
