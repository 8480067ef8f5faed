package io.canopywave.tf.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.canopywave.tf.api.ApiException.Kind;
import io.canopywave.tf.api.model.LaunchRequest;
import io.canopywave.tf.api.model.NewSshKey;
import io.canopywave.tf.api.model.Scope;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which calls are repeated, when, and how long the client waits (F13, F15, F17). */
class RetryTest {
  private static final Scope SCOPE = new Scope("bob@example.com", "sequoia");
  private static final LaunchRequest LAUNCH = new LaunchRequest(SCOPE, "web-1", "H100-4",
      "GPU-Ubuntu.22.04", "s3cret-Passw0rd", null, null);

  private final MockApi api = new MockApi();
  private final CanopyWaveClient client = api.client();

  @AfterEach
  void stop() {
    client.close();
    api.close();
  }

  @Test
  void get_500_502_503_thenSuccess_isRetriedAndSucceeds() {
    api.enqueue(500, "{\"error\": \"boom\"}");
    api.enqueue(502, "bad gateway");
    api.enqueue(503, "");
    api.enqueueExample("projects");

    assertThat(client.account().projects()).containsExactly("alice@example.com",
        "bob@example.com");
    assertThat(api.server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void get_serverErrorsBeyondMaxRetries_failsWithTheLastAnswer() {
    int[] statuses = {500, 502, 504, 503};
    for (int i = 0; i < statuses.length; i++) {
      api.enqueue(statuses[i], "{\"error\": \"attempt " + i + "\"}");
    }

    ApiException e = catchThrowableOfType(ApiException.class, () -> client.catalog().images());

    assertThat(e.kind()).isEqualTo(Kind.SERVER);
    assertThat(e.status()).isEqualTo(503);
    assertThat(e.apiMessage()).isEqualTo("attempt 3");
    assertThat(api.server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void get_droppedConnection_isRetried() {
    api.server.enqueue(new MockResponse.Builder()
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    api.enqueueExample("images");

    assertThat(client.catalog().images()).hasSize(4);
    assertThat(api.server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void delete_503_isRetried() {
    api.enqueue(503, "");
    api.enqueueExample("volume-delete");

    assertThat(client.volumes().delete(SCOPE, "c585949f-f88e-4515-b60e-6e6a6ff0da89"))
        .isEqualTo("c585949f-f88e-4515-b60e-6e6a6ff0da89");
    assertThat(api.server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void get_400_isNotRetried() {
    api.enqueue(400, "{\"error\": \"unknown region\"}");

    catchThrowableOfType(ApiException.class, () -> client.catalog().images());

    assertThat(api.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void launch_504_isSentOnceAndSaysTheOutcomeIsUnknown() {
    api.enqueue(504, "upstream timed out");
    api.enqueueExample("launch");

    ApiException e = catchThrowableOfType(ApiException.class,
        () -> client.instances().launch(LAUNCH));

    assertThat(e.kind()).isEqualTo(Kind.SERVER);
    assertThat(e.outcomeUnknown()).isTrue();
    assertThat(e.getMessage())
        .contains("POST /api/v1/instance-operations/launch answered HTTP 504")
        .contains("The outcome is unknown: the request may have taken effect")
        .doesNotContain("s3cret-Passw0rd");
    assertThat(api.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void launch_droppedConnection_isSentOnceWithUnknownOutcome() {
    api.server.enqueue(new MockResponse.Builder()
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    api.enqueueExample("launch");

    ApiException e = catchThrowableOfType(ApiException.class,
        () -> client.instances().launch(LAUNCH));

    assertThat(e.kind()).isEqualTo(Kind.NETWORK);
    assertThat(e.outcomeUnknown()).isTrue();
    assertThat(api.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void post_429_isNotRetriedButCarriesRetryAfter() {
    api.server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "2")
        .body("{\"error\": \"too many requests\"}").build());

    ApiException e = catchThrowableOfType(ApiException.class,
        () -> client.sshKeys().add(new NewSshKey(SCOPE, "k", null)));

    assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
    assertThat(e.outcomeUnknown()).isFalse();
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
    assertThat(api.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void get_429WithRetryAfterSeconds_waitsThatLong() {
    api.server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "1")
        .build());
    api.enqueueExample("images");

    long start = System.nanoTime();
    assertThat(client.catalog().images()).hasSize(4);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(took).isBetween(Duration.ofMillis(950), Duration.ofMillis(3000));
    assertThat(api.server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void get_429WithRetryAfterDate_waitsUntilThen() {
    // HTTP dates have whole seconds: two seconds ahead means a wait of one to two seconds.
    String inTwoSeconds = DateTimeFormatter.RFC_1123_DATE_TIME
        .format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2));
    api.server.enqueue(new MockResponse.Builder().code(429)
        .setHeader("Retry-After", inTwoSeconds).build());
    api.enqueueExample("images");

    long start = System.nanoTime();
    client.catalog().images();
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(took).isBetween(Duration.ofMillis(900), Duration.ofMillis(3500));
  }

  @Test
  void get_429WithHugeRetryAfter_isCapped() {
    try (CanopyWaveClient capped = new CanopyWaveClient(
        api.settings().retryAfterCap(Duration.ofMillis(100)).build())) {
      api.server.enqueue(new MockResponse.Builder().code(429)
          .setHeader("Retry-After", "86400").build());
      api.enqueueExample("images");

      long start = System.nanoTime();
      capped.catalog().images();

      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }
  }

  @Test
  void everyThirdRequest429_halfWithRetryAfter_readsStillSucceed() {
    // F13 at client level: reads converge; the limiter honours Retry-After for everyone.
    int served = 0;
    for (int i = 1; i <= 10; i++) {
      if (i % 3 == 0) {
        MockResponse.Builder limited = new MockResponse.Builder().code(429);
        if (i % 6 == 0) {
          limited.setHeader("Retry-After", "0");
        }
        api.server.enqueue(limited.build());
      } else {
        api.enqueueExample("images");
        served++;
      }
    }

    for (int call = 0; call < served; call++) {
      assertThat(client.catalog().images()).hasSize(4);
    }
    assertThat(api.server.getRequestCount()).isEqualTo(10);
  }
}
