package io.canopywave.tf.api;

import java.time.Duration;

/** Client settings for tests against a loopback server: calls fast, never reuses a list. */
public final class TestClientSettings {
  private TestClientSettings() {}

  /**
   * A high rate limit, millisecond backoff, a 5 s read timeout and no list reuse window, aimed
   * at {@code baseUrl}; each test sets its own retry count on top.
   */
  public static ClientSettings.Builder fast(String baseUrl, String apiKey) {
    return ClientSettings.builder()
        .baseUrl(baseUrl)
        .apiKey(apiKey)
        .requestsPerSecond(1000)
        .burst(100)
        .retryBaseDelay(Duration.ofMillis(5))
        .retryMaxDelay(Duration.ofMillis(20))
        .readTimeout(Duration.ofSeconds(5))
        .listCacheTtl(Duration.ZERO);
  }
}
