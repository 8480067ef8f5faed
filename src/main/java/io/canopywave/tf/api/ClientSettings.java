package io.canopywave.tf.api;

import io.canopywave.tf.cancel.Cancellation;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How one {@link CanopyWaveClient} talks to the API. Build with {@link #builder()}; every field
 * but the base URL has a default. {@link #toString} never shows the API key.
 *
 * @param baseUrl the API root including {@code /api/v1}; there is deliberately no default
 * @param apiKey the bearer key; empty sends no Authorization header
 * @param userAgent the product part of the User-Agent header
 * @param requestsPerSecond the steady rate of the limiter shared by all callers of the client
 * @param burst how many requests may go at once after a quiet spell (1 = strict pacing)
 * @param maxRetries how often an idempotent call is repeated after a transient failure
 * @param cancellation the provider-wide stop signal: ends waits, sleeps and calls in flight
 * @param retryBaseDelay the first backoff step (doubled each retry, jittered)
 * @param retryMaxDelay the largest backoff step
 * @param retryAfterCap the longest {@code Retry-After} the client honours
 * @param rateLimitCooldown how long the limiter stays slowed after a 429
 * @param connectTimeout the TCP connect timeout of one attempt
 * @param readTimeout the longest silence while reading one answer
 * @param listCacheTtl how long a list answer is reused by later readers
 * @param log where the request log goes
 * @param jitter uniform random numbers in [0, 1) for backoff jitter
 */
public record ClientSettings(
    String baseUrl,
    String apiKey,
    String userAgent,
    double requestsPerSecond,
    int burst,
    int maxRetries,
    Cancellation cancellation,
    Duration retryBaseDelay,
    Duration retryMaxDelay,
    Duration retryAfterCap,
    Duration rateLimitCooldown,
    Duration connectTimeout,
    Duration readTimeout,
    Duration listCacheTtl,
    ApiLog log,
    DoubleSupplier jitter) {

  /** The real service. Never a default: callers choose it explicitly. */
  public static final String CANOPY_WAVE_URL = "https://cloud-api.canopywave.io/api/v1";

  public ClientSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(cancellation, "cancellation");
    Objects.requireNonNull(log, "log");
    Objects.requireNonNull(jitter, "jitter");
    requireHttpUrl(baseUrl);
    if (!(requestsPerSecond > 0)) {
      throw new IllegalArgumentException("requestsPerSecond must be positive");
    }
    if (burst < 1) {
      throw new IllegalArgumentException("burst must be at least 1");
    }
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must not be negative");
    }
    for (Duration d : new Duration[] {retryBaseDelay, retryMaxDelay, retryAfterCap,
        rateLimitCooldown, connectTimeout, readTimeout, listCacheTtl}) {
      if (d == null || d.isNegative()) {
        throw new IllegalArgumentException("durations must be given and not negative");
      }
    }
  }

  private static void requireHttpUrl(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("the API URL is not a valid URL: " + url);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new IllegalArgumentException("the API URL must be http(s)://host/...: " + url);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.baseUrl = baseUrl;
    b.apiKey = apiKey;
    b.userAgent = userAgent;
    b.requestsPerSecond = requestsPerSecond;
    b.burst = burst;
    b.maxRetries = maxRetries;
    b.cancellation = cancellation;
    b.retryBaseDelay = retryBaseDelay;
    b.retryMaxDelay = retryMaxDelay;
    b.retryAfterCap = retryAfterCap;
    b.rateLimitCooldown = rateLimitCooldown;
    b.connectTimeout = connectTimeout;
    b.readTimeout = readTimeout;
    b.listCacheTtl = listCacheTtl;
    b.log = log;
    b.jitter = jitter;
    return b;
  }

  @Override
  public String toString() {
    return "ClientSettings[baseUrl=" + baseUrl
        + ", apiKey=" + (apiKey.isEmpty() ? "(none)" : "***")
        + ", userAgent=" + userAgent
        + ", requestsPerSecond=" + requestsPerSecond + ", burst=" + burst
        + ", maxRetries=" + maxRetries
        + ", retryBaseDelay=" + retryBaseDelay + ", retryMaxDelay=" + retryMaxDelay
        + ", retryAfterCap=" + retryAfterCap + ", rateLimitCooldown=" + rateLimitCooldown
        + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
        + ", listCacheTtl=" + listCacheTtl + "]";
  }

  /** Collects settings; the defaults suit the real service. */
  public static final class Builder {
    private String baseUrl;
    private String apiKey = "";
    private String userAgent = UserAgent.productFor(providerVersion());
    private double requestsPerSecond = 5;
    private int burst = 1;
    private int maxRetries = 5;
    private Cancellation cancellation = new Cancellation();
    private Duration retryBaseDelay = Duration.ofMillis(250);
    private Duration retryMaxDelay = Duration.ofSeconds(8);
    private Duration retryAfterCap = Duration.ofSeconds(30);
    private Duration rateLimitCooldown = Duration.ofSeconds(10);
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);
    private Duration listCacheTtl = Duration.ofSeconds(2);
    private ApiLog log = ApiLog.silent();
    private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();

    private Builder() {}

    public Builder baseUrl(String value) {
      baseUrl = value;
      return this;
    }

    public Builder apiKey(String value) {
      apiKey = value == null ? "" : value;
      return this;
    }

    public Builder userAgent(String value) {
      userAgent = value;
      return this;
    }

    public Builder requestsPerSecond(double value) {
      requestsPerSecond = value;
      return this;
    }

    public Builder burst(int value) {
      burst = value;
      return this;
    }

    public Builder maxRetries(int value) {
      maxRetries = value;
      return this;
    }

    public Builder cancellation(Cancellation value) {
      cancellation = value;
      return this;
    }

    public Builder retryBaseDelay(Duration value) {
      retryBaseDelay = value;
      return this;
    }

    public Builder retryMaxDelay(Duration value) {
      retryMaxDelay = value;
      return this;
    }

    public Builder retryAfterCap(Duration value) {
      retryAfterCap = value;
      return this;
    }

    public Builder rateLimitCooldown(Duration value) {
      rateLimitCooldown = value;
      return this;
    }

    public Builder connectTimeout(Duration value) {
      connectTimeout = value;
      return this;
    }

    public Builder readTimeout(Duration value) {
      readTimeout = value;
      return this;
    }

    public Builder listCacheTtl(Duration value) {
      listCacheTtl = value;
      return this;
    }

    public Builder log(ApiLog value) {
      log = value;
      return this;
    }

    public Builder jitter(DoubleSupplier value) {
      jitter = value;
      return this;
    }

    public ClientSettings build() {
      return new ClientSettings(baseUrl, apiKey, userAgent, requestsPerSecond, burst,
          maxRetries, cancellation, retryBaseDelay, retryMaxDelay, retryAfterCap,
          rateLimitCooldown, connectTimeout, readTimeout, listCacheTtl, log, jitter);
    }

    /** The jar's Implementation-Version, or {@code dev} when run from classes. */
    private static String providerVersion() {
      String version = ClientSettings.class.getPackage().getImplementationVersion();
      return version == null ? "dev" : version;
    }
  }
}
