package io.canopywave.tf.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one HTTP handler: control requests go to the control API; API requests pass the fault
 * rules, the bearer check and the router, and are logged. A dropped answer closes the
 * connection before any response byte is written.
 */
final class HttpFront implements HttpHandler {
  private static final int MAX_BODY_BYTES = 1 << 20;
  private static final String API_PREFIX = "/api/v1";
  private static final String CONTROL_PREFIX = "/_simulator";
  private static final System.Logger LOG = System.getLogger(HttpFront.class.getName());

  private final Store store;
  private final Router api;
  private final Router control;
  private final Faults faults;
  private final RequestLog log;
  private final RateWindow rate;
  private final String expectedAuthorization;

  HttpFront(Store store, Router api, Router control, Faults faults, RequestLog log,
      RateWindow rate, String apiKey) {
    this.store = store;
    this.api = api;
    this.control = control;
    this.faults = faults;
    this.log = log;
    this.rate = rate;
    this.expectedAuthorization = "Bearer " + apiKey;
  }

  @Override
  public void handle(HttpExchange exchange) {
    try (exchange) {
      ApiRequest request;
      try {
        request = read(exchange);
      } catch (ApiError unreadable) {
        write(exchange, ApiResponse.error(unreadable.status(), unreadable.getMessage()));
        return;
      }
      String path = request.path();
      if (path.equals(CONTROL_PREFIX) || path.startsWith(CONTROL_PREFIX + "/")) {
        write(exchange, dispatch(control, request));
      } else if (path.equals(API_PREFIX) || path.startsWith(API_PREFIX + "/")) {
        serveApi(exchange, request);
      } else {
        write(exchange, ApiResponse.error(404, "no such endpoint: " + path
            + " (the API is under " + API_PREFIX + ", the control API under "
            + CONTROL_PREFIX + ")"));
      }
    } catch (IOException | RuntimeException e) {
      // The client went away or the answer could not be written: nothing more to do.
      LOG.log(System.Logger.Level.DEBUG, "exchange ended early", e);
    }
  }

  private void serveApi(HttpExchange exchange, ApiRequest request) throws IOException {
    long started = System.nanoTime();
    long seq = log.nextSeq();
    Instant arrival = store.now();
    int recent = rate.arrive(started);
    var fault = faults.decide(request, recent,
        (kind, id, name) -> store.exists(ObjectKind.fromPathName(kind), id, name));
    ApiResponse answer = null;
    if (fault != null && fault.rule.delayMs() > 0) {
      sleep(fault.rule.delayMs());
    }
    if (fault != null && fault.rule.replacesAnswer()) {
      if (fault.rule.after()) {
        realAnswer(request);
      }
      if (!fault.rule.drop()) {
        answer = FaultAnswer.of(fault.rule, fault.id);
      }
    } else {
      answer = realAnswer(request);
      if (fault != null) {
        answer = answer.withHeaders(fault.rule.headers());
      }
    }
    // Logged before the answer goes out, so whoever has the answer finds the entry.
    long elapsedMs = (System.nanoTime() - started) / 1_000_000;
    log.add(new RequestLog.Entry(seq, arrival, request.method(), request.path(), request.query(),
        SecretMask.maskedBody(request.body()), answer == null ? 0 : answer.status(),
        fault == null ? null : fault.id, elapsedMs, request.header("user-agent")));
    if (answer != null) {
      write(exchange, answer);
    }
    // A dropped answer: the exchange closes with nothing sent, which closes the connection.
  }

  private ApiResponse realAnswer(ApiRequest request) {
    if (!expectedAuthorization.equals(request.header("authorization"))) {
      // As the reference shows it: a plain-text body, not the JSON error shape.
      return ApiResponse.text(401, "401: Unauthorized");
    }
    return dispatch(api, request);
  }

  private static ApiResponse dispatch(Router router, ApiRequest request) {
    try {
      return router.dispatch(request);
    } catch (ApiError e) {
      return ApiResponse.error(e.status(), e.getMessage());
    } catch (IllegalArgumentException e) {
      return ApiResponse.error(400, e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "simulator handler failed", e);
      return ApiResponse.error(500, "internal simulator error: " + e.getClass().getSimpleName());
    }
  }

  private static void sleep(long millis) throws IOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("simulator stopping", e);
    }
  }

  private static ApiRequest read(HttpExchange exchange) throws IOException {
    var headers = new LinkedHashMap<String, String>();
    exchange.getRequestHeaders().forEach((name, values) -> {
      if (!values.isEmpty()) {
        headers.put(name.toLowerCase(Locale.ROOT), values.getFirst());
      }
    });
    String body;
    try (InputStream in = exchange.getRequestBody()) {
      byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
      if (bytes.length > MAX_BODY_BYTES) {
        throw ApiError.of(413, "request body over " + MAX_BODY_BYTES + " bytes");
      }
      body = new String(bytes, StandardCharsets.UTF_8);
    }
    // Limitation: a request line that is not a valid URI (say a bad %-escape) is refused by the
    // JDK's server with its own HTML 400 before it reaches this handler, so that answer is not
    // JSON and the request is not in the log.
    var uri = exchange.getRequestURI();
    return new ApiRequest(exchange.getRequestMethod().toUpperCase(Locale.ROOT), uri.getPath(),
        parseQuery(uri.getRawQuery()), body, headers, List.of());
  }

  private static Map<String, String> parseQuery(String rawQuery) {
    var query = new LinkedHashMap<String, String>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return query;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      try {
        query.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException badEscape) {
        throw ApiError.badRequest("the query string has a malformed %-escape");
      }
    }
    return query;
  }

  private static void write(HttpExchange exchange, ApiResponse response) throws IOException {
    response.headers().forEach(exchange.getResponseHeaders()::set);
    byte[] body = response.body();
    exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (var out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
