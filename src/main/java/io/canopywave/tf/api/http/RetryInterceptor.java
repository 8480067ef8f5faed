package io.canopywave.tf.api.http;

import io.canopywave.tf.api.ApiCall;
import io.canopywave.tf.api.ApiLog;
import io.canopywave.tf.api.Sleeper;
import io.canopywave.tf.cancel.Cancellation;
import java.io.IOException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Set;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Repeats idempotent calls (GET, DELETE, ...) after a 429, a transient 5xx or a lost
 * connection, waiting {@code Retry-After} when the API gives one and a jittered exponential
 * backoff otherwise. POSTs are never repeated: a lost answer to a create may hide an object that
 * exists, and only the caller can look for it.
 */
public final class RetryInterceptor implements Interceptor {
  private static final Set<Integer> RETRYABLE = Set.of(408, 429, 500, 502, 503, 504);

  private final int maxRetries;
  private final Backoff backoff;
  private final Duration retryAfterCap;
  private final Sleeper sleeper;
  private final Cancellation cancellation;
  private final InstantSource wallClock;
  private final ApiLog log;

  public RetryInterceptor(
      int maxRetries, Backoff backoff, Duration retryAfterCap, Sleeper sleeper,
      Cancellation cancellation, InstantSource wallClock, ApiLog log) {
    this.maxRetries = maxRetries;
    this.backoff = backoff;
    this.retryAfterCap = retryAfterCap;
    this.sleeper = sleeper;
    this.cancellation = cancellation;
    this.wallClock = wallClock;
    this.log = log;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    ApiCall call = new ApiCall(request.method(), request.url().encodedPath());
    boolean repeatable = call.isIdempotent();
    for (int retry = 1; ; retry++) {
      cancellation.check();
      Response response;
      try {
        response = chain.proceed(request);
      } catch (IOException failure) {
        cancellation.check();
        if (!repeatable || retry > maxRetries) {
          throw failure;
        }
        pause(call, retry, backoff.delay(retry), failure.getClass().getSimpleName());
        continue;
      }
      if (!repeatable || retry > maxRetries || !RETRYABLE.contains(response.code())) {
        return response;
      }
      int retryNumber = retry;
      Duration delay = RetryAfter.parse(
              response.header("Retry-After"), wallClock.instant(), retryAfterCap)
          .orElseGet(() -> backoff.delay(retryNumber));
      response.close();
      pause(call, retry, delay, "HTTP " + response.code());
    }
  }

  private void pause(ApiCall call, int retry, Duration delay, String reason) {
    log.debug("retrying Canopy Wave API call", "method", call.method(), "path", call.path(),
        "retry", retry, "max_retries", maxRetries, "delay_ms", delay.toMillis(),
        "reason", reason);
    sleeper.sleep(delay);
  }
}
