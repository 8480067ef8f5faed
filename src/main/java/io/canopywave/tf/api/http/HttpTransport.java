package io.canopywave.tf.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.canopywave.tf.api.ApiCall;
import io.canopywave.tf.api.ApiException;
import io.canopywave.tf.api.ClientSettings;
import io.canopywave.tf.api.Sleeper;
import io.canopywave.tf.api.UserAgent;
import io.canopywave.tf.api.model.ResponseShapeException;
import io.canopywave.tf.cancel.Cancellation;
import java.io.IOException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Sends {@link ApiRequest}s and reads their JSON answers over OkHttp. The client creates it on
 * its first call only: loading OkHttp, Kotlin and Jackson is most of the client's start cost, and
 * a configured but unused client (the schema-only process) must not pay it.
 *
 * <p>The OkHttp application interceptors run in this order, outermost first:
 * <ol>
 *   <li>{@link UserAgentInterceptor}: the User-Agent header;
 *   <li>{@link AuthInterceptor}: the bearer key;
 *   <li>{@link RetryInterceptor}: repeats idempotent calls, so each repeat passes everything
 *       below again;
 *   <li>{@link RateLimitInterceptor}: every attempt waits for the shared limiter and reports
 *       429s to it;
 *   <li>{@link RequestLogInterceptor}: one log line per attempt actually sent, secrets masked.
 * </ol>
 * Error mapping happens after the chain, here: non-2xx answers become {@link ApiException}s.
 * OkHttp's own silent retry and redirects are off: a POST must go out exactly once, and
 * nothing may carry the key to another address.
 */
public final class HttpTransport implements AutoCloseable {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final ClientSettings settings;
  private final Engine engine;

  /** The parts, built together. */
  private record Engine(
      HttpUrl baseUrl, OkHttpClient http, ObjectMapper json, ErrorMapping errors,
      RateLimiter limiter) {}

  public HttpTransport(ClientSettings settings, UserAgent userAgent) {
    this.settings = settings;
    this.engine = build(settings, userAgent);
  }

  /**
   * Sends {@code request} and reads its answer with {@code reader}.
   *
   * <p>Limitation: one call is bounded by the connect and read timeouts times the attempts plus
   * the backoff, not by a resource's {@code timeouts} block; only StopProvider ends it sooner.
   */
  public <T> T execute(ApiRequest request, Function<JsonNode, T> reader) {
    Engine e = engine;
    Cancellation cancellation = settings.cancellation();
    cancellation.check();
    Request http = toHttp(e.baseUrl(), request, e.json());
    ApiCall call = new ApiCall(request.method(), http.url().encodedPath());
    try (Response response = e.http().newCall(http).execute()) {
      String body = response.body().string();
      if (!response.isSuccessful()) {
        Duration retryAfter = RetryAfter.parse(response.header("Retry-After"),
            InstantSource.system().instant(), settings.retryAfterCap()).orElse(null);
        throw e.errors().fromAnswer(call, response.code(), response.message(),
            response.header("Content-Type"), body, retryAfter);
      }
      return read(call, response.code(), body, reader, e.json());
    } catch (IOException failure) {
      cancellation.check();
      throw e.errors().fromIo(call, failure);
    }
  }

  /** The shared limiter, for diagnostics. */
  public RateLimiter limiter() {
    return engine.limiter();
  }

  @Override
  public void close() {
    engine.http().dispatcher().executorService().shutdown();
    engine.http().connectionPool().evictAll();
  }

  private static <T> T read(
      ApiCall call, int status, String body, Function<JsonNode, T> reader, ObjectMapper json) {
    JsonNode node;
    try {
      node = body.isBlank() ? NullNode.getInstance() : json.readTree(body);
    } catch (JsonProcessingException notJson) {
      throw ErrorMapping.invalidAnswer(call, status, "the body is not JSON");
    }
    try {
      return reader.apply(node);
    } catch (ResponseShapeException wrongShape) {
      throw ErrorMapping.invalidAnswer(call, status, wrongShape.getMessage());
    }
  }

  private static Request toHttp(HttpUrl baseUrl, ApiRequest request, ObjectMapper json) {
    HttpUrl.Builder url = baseUrl.newBuilder();
    request.path().forEach(url::addPathSegment);
    request.query().forEach(url::addQueryParameter);
    RequestBody body = null;
    if (request.body() != null) {
      try {
        body = RequestBody.create(json.writeValueAsBytes(request.body()), JSON);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("cannot write the request body as JSON", e);
      }
    } else if (request.method().equals("POST")) {
      body = RequestBody.create(new byte[0], JSON);
    }
    return new Request.Builder()
        .url(url.build())
        .header("Accept", "application/json")
        .method(request.method(), body)
        .build();
  }

  private static Engine build(ClientSettings settings, UserAgent userAgent) {
    HttpUrl baseUrl = HttpUrl.parse(settings.baseUrl());
    if (baseUrl == null) {
      throw new IllegalArgumentException("not an http(s) URL: " + settings.baseUrl());
    }
    ObjectMapper json = new ObjectMapper()
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    Redactor redactor = new Redactor(settings.apiKey(), json);
    Cancellation cancellation = settings.cancellation();
    Sleeper sleeper = Sleeper.of(cancellation);
    RateLimiter limiter = new RateLimiter(settings.requestsPerSecond(), settings.burst(),
        settings.rateLimitCooldown(), System::nanoTime, sleeper);
    Backoff backoff =
        new Backoff(settings.retryBaseDelay(), settings.retryMaxDelay(), settings.jitter());
    OkHttpClient http = new OkHttpClient.Builder()
        .addInterceptor(new UserAgentInterceptor(userAgent))
        .addInterceptor(new AuthInterceptor(settings.apiKey()))
        .addInterceptor(new RetryInterceptor(settings.maxRetries(), backoff,
            settings.retryAfterCap(), sleeper, cancellation, InstantSource.system(),
            settings.log()))
        .addInterceptor(new RateLimitInterceptor(limiter, settings.retryAfterCap(),
            InstantSource.system()))
        .addInterceptor(new RequestLogInterceptor(settings.log(), redactor, System::nanoTime))
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false)
        .connectTimeout(settings.connectTimeout())
        .readTimeout(settings.readTimeout())
        .writeTimeout(settings.readTimeout())
        .build();
    // Limitation: Cancellation cannot forget a listener, so a process that configures many
    // clients keeps each one's HTTP stack reachable until it exits.
    cancellation.onCancel(() -> http.dispatcher().cancelAll());
    return new Engine(baseUrl, http, json, new ErrorMapping(redactor, json), limiter);
  }
}
