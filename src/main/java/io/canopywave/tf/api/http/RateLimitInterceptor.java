package io.canopywave.tf.api.http;

import java.io.IOException;
import java.time.Duration;
import java.time.InstantSource;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Passes each attempt (retries included) through the client's shared {@link RateLimiter}, and
 * tells the limiter about every 429 so that all callers slow down together.
 */
public final class RateLimitInterceptor implements Interceptor {
  private final RateLimiter limiter;
  private final Duration retryAfterCap;
  private final InstantSource wallClock;

  public RateLimitInterceptor(
      RateLimiter limiter, Duration retryAfterCap, InstantSource wallClock) {
    this.limiter = limiter;
    this.retryAfterCap = retryAfterCap;
    this.wallClock = wallClock;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    limiter.acquire();
    Response response = chain.proceed(chain.request());
    if (response.code() == 429) {
      Duration wait = RetryAfter.parse(
          response.header("Retry-After"), wallClock.instant(), retryAfterCap).orElse(null);
      limiter.onRateLimited(wait);
    }
    return response;
  }
}
