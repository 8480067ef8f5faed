package io.canopywave.tf.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.canopywave.tf.api.ApiException.Kind;
import io.canopywave.tf.api.model.NewVolume;
import io.canopywave.tf.api.model.Scope;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every error class, and error bodies of every form (F16, F18, F19 at client level). */
class ErrorsTest {
  private static final Scope SCOPE = new Scope("bob@example.com", "sequoia");

  private final MockApi api = new MockApi();
  private final CanopyWaveClient client =
      new CanopyWaveClient(api.settings().maxRetries(0).build());

  @AfterEach
  void stop() {
    client.close();
    api.close();
  }

  static Stream<Arguments> answers() {
    return Stream.of(
        Arguments.of(401, "401: Unauthorized", Kind.UNAUTHORIZED, "401: Unauthorized"),
        Arguments.of(403, "{\"error\": \"no access to project\"}", Kind.UNAUTHORIZED,
            "no access to project"),
        Arguments.of(404, "{\"error\": \"<error message>\"}", Kind.NOT_FOUND, "<error message>"),
        Arguments.of(400, "{\"error\": \"volume c585 not found\"}", Kind.NOT_FOUND,
            "volume c585 not found"),
        Arguments.of(409, "{\"error\": \"name already exists\"}", Kind.CONFLICT,
            "name already exists"),
        Arguments.of(400, "{\"error\": \"volume c585 is in use\"}", Kind.CONFLICT,
            "volume c585 is in use"),
        Arguments.of(400, "{\"error\": \"ip 09e4 is not associated\"}", Kind.CONFLICT,
            "ip 09e4 is not associated"),
        Arguments.of(429, "{\"error\": \"slow down\"}", Kind.RATE_LIMITED, "slow down"),
        Arguments.of(400, "{\"error\": \"no capacity for H100-8 in sequoia\"}",
            Kind.BAD_REQUEST, "no capacity for H100-8 in sequoia"),
        Arguments.of(422, "{\"error\": {\"message\": \"size must be positive\"}}",
            Kind.BAD_REQUEST, "size must be positive"),
        Arguments.of(500, "{\"message\": \"database down\"}", Kind.SERVER, "database down"),
        Arguments.of(502, "", Kind.SERVER, "Server Error"),
        Arguments.of(503, "<html><head><title>503 Service Temporarily Unavailable</title>"
            + "</head><body><h1>Oops</h1></body></html>", Kind.SERVER,
            "503 Service Temporarily Unavailable"),
        Arguments.of(500, "<!DOCTYPE html><html><body><p>Internal &amp; very\n bad</p>"
            + "<script>var x = 1;</script></body></html>", Kind.SERVER, "Internal & very bad"),
        Arguments.of(400, "{not json at all", Kind.BAD_REQUEST, "{not json at all"));
  }

  @ParameterizedTest
  @MethodSource("answers")
  void get_errorAnswer_isClassifiedWithTheApiMessage(
      int status, String body, Kind kind, String message) {
    api.server.enqueue(new MockResponse.Builder().code(status).body(body).build());

    ApiException e = catchThrowableOfType(ApiException.class,
        () -> client.volumes().list(SCOPE, CacheMode.FRESH));

    assertThat(e.kind()).isEqualTo(kind);
    assertThat(e.status()).isEqualTo(status);
    assertThat(e.apiMessage()).isEqualTo(message);
    assertThat(e.call()).isEqualTo(new ApiCall("GET", "/api/v1/volumes"));
    assertThat(e.getMessage())
        .startsWith("Canopy Wave API GET /api/v1/volumes answered HTTP " + status + ": ")
        .contains(message)
        .doesNotContain("project=", "bob@example.com");
    assertThat(e.outcomeUnknown()).isFalse();
  }

  @Test
  void get_unauthorized_saysTheKeyWasRejected() {
    api.enqueue(401, "401: Unauthorized");

    ApiException e = catchThrowableOfType(ApiException.class, () -> client.account().projects());

    assertThat(e.getMessage()).isEqualTo("Canopy Wave API GET /api/v1/projects answered HTTP 401:"
        + " 401: Unauthorized (the API key was rejected)");
  }

  @Test
  void get_emptyBodyAndNoReasonPhrase_usesTheStatusName() {
    api.server.enqueue(new MockResponse.Builder().status("HTTP/1.1 504 ").build());

    ApiException e = catchThrowableOfType(ApiException.class, () -> client.account().projects());

    assertThat(e.apiMessage()).isEqualTo("Gateway Timeout");
  }

  @Test
  void get_longPlainTextBody_isCutToAboutThreeHundredCharacters() {
    api.enqueue(500, "x".repeat(5000));

    ApiException e = catchThrowableOfType(ApiException.class, () -> client.account().projects());

    assertThat(e.apiMessage()).hasSize(300).endsWith("...");
  }

  @Test
  void post_capacityError_isOneRequestAndQuotesTheApi() {
    api.enqueue(400, "{\"error\": \"no capacity for H100-8 in sequoia\"}");

    ApiException e = catchThrowableOfType(ApiException.class,
        () -> client.volumes().create(new NewVolume(SCOPE, "v", "hdd", 10)));

    assertThat(e.kind()).isEqualTo(Kind.BAD_REQUEST);
    assertThat(e.getMessage()).contains("no capacity for H100-8 in sequoia");
    assertThat(e.outcomeUnknown()).isFalse();
    assertThat(api.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void get_malformedSuccessBody_namesTheEndpoint() {
    api.enqueue(200, "{\"data\": {\"not\": \"a list\"}}");

    ApiException e = catchThrowableOfType(ApiException.class,
        () -> client.volumes().list(SCOPE, CacheMode.FRESH));

    assertThat(e.kind()).isEqualTo(Kind.INVALID_RESPONSE);
    assertThat(e.getMessage()).contains("GET /api/v1/volumes").contains("not a list");
  }

  @Test
  void get_successBodyNotJson_namesTheEndpoint() {
    api.enqueue(200, "<html>maintenance</html>");

    ApiException e = catchThrowableOfType(ApiException.class, () -> client.catalog().images());

    assertThat(e.kind()).isEqualTo(Kind.INVALID_RESPONSE);
    assertThat(e.getMessage())
        .isEqualTo("Canopy Wave API GET /api/v1/images answered HTTP 200:"
            + " unexpected answer: the body is not JSON");
  }

  @Test
  void get_itemWithoutId_namesTheMissingField() {
    api.enqueue(200, "{\"data\": [{\"name\": \"no id\"}]}");

    ApiException e = catchThrowableOfType(ApiException.class,
        () -> client.publicIps().list(SCOPE, CacheMode.FRESH));

    assertThat(e.getMessage()).contains("GET /api/v1/ips").contains("public ip has no \"id\"");
  }

  @Test
  void get_redirect_isNotFollowed() {
    api.server.enqueue(new MockResponse.Builder().code(302)
        .setHeader("Location", "http://127.0.0.1:1/elsewhere").build());

    ApiException e = catchThrowableOfType(ApiException.class, () -> client.catalog().images());

    assertThat(e.kind()).isEqualTo(Kind.INVALID_RESPONSE);
    assertThat(api.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void get_connectionDropped_isANetworkError() {
    api.server.enqueue(new MockResponse.Builder()
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());

    ApiException e = catchThrowableOfType(ApiException.class, () -> client.catalog().images());

    assertThat(e.kind()).isEqualTo(Kind.NETWORK);
    assertThat(e.status()).isZero();
    assertThat(e.getMessage()).startsWith("Canopy Wave API GET /api/v1/images failed: ");
  }

  @Test
  void get_nothingListening_isANetworkErrorWithKnownOutcome() throws Exception {
    int port;
    // A port that was free a moment ago: nothing listens there now.
    try (ServerSocket socket =
        new ServerSocket(0, 1, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
      port = socket.getLocalPort();
    }
    try (CanopyWaveClient closed = new CanopyWaveClient(api.settings().maxRetries(0)
        .baseUrl("http://127.0.0.1:" + port + "/api/v1").build())) {

      ApiException e = catchThrowableOfType(ApiException.class,
          () -> closed.volumes().create(new NewVolume(SCOPE, "v", "hdd", 1)));

      assertThat(e.kind()).isEqualTo(Kind.NETWORK);
      assertThat(e.getMessage()).contains("could not connect");
      assertThat(e.outcomeUnknown()).isFalse();
    }
  }
}
