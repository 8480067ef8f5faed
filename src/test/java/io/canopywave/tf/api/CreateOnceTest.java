package io.canopywave.tf.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.canopywave.tf.api.model.InstanceSummary;
import io.canopywave.tf.api.model.LaunchRequest;
import io.canopywave.tf.api.model.NewSshKey;
import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.api.model.SshKey;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Ambiguous and refused creates (F13, F15) at client level. */
class CreateOnceTest {
  private static final Scope SCOPE = new Scope("bob@example.com", "sequoia");
  private static final LaunchRequest LAUNCH = new LaunchRequest(SCOPE, "bob-2", "H100-4",
      "GPU-Ubuntu.22.04", "pw", null, null);

  private final MockApi api = new MockApi();
  private final CanopyWaveClient client = api.client();
  private final Waiter fastWaiter = new Waiter(
      new Waiter.Policy(Duration.ofMillis(20), 1.5, Duration.ofMillis(50), 0.2),
      System::nanoTime, Sleeper.of(client.settings().cancellation()), () -> 0.5);
  private final CreateOnce createOnce = new CreateOnce(fastWaiter,
      Sleeper.of(client.settings().cancellation()), 3, Duration.ofMillis(10));

  @AfterEach
  void stop() {
    client.close();
    api.close();
  }

  private String launch() {
    return createOnce.create("instance \"bob-2\"", () -> client.instances().launch(LAUNCH),
        () -> client.instances().findByName(SCOPE, "bob-2", CacheMode.FRESH)
            .map(InstanceSummary::id),
        Duration.ofMillis(500));
  }

  @Test
  void launch504_instanceExists_isAdoptedWithoutASecondLaunch() {
    api.enqueue(504, "gateway timeout");
    api.enqueue(200, "{\"data\": []}");
    api.enqueueExample("instances-list");

    assertThat(launch()).isEqualTo("9bc56d2b-411b-47c3-b93a-691c3931009c");

    assertThat(api.take().getMethod()).isEqualTo("POST");
    assertThat(api.take().getMethod()).isEqualTo("GET");
    assertThat(api.take().getMethod()).isEqualTo("GET");
    assertThat(api.server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void launchDropped_instanceNeverAppears_failsNamingItWithoutASecondLaunch() {
    api.server.enqueue(new MockResponse.Builder()
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    for (int i = 0; i < 40; i++) {
      api.enqueue(200, "{\"data\": []}");
    }

    AmbiguousCreateException e = catchThrowableOfType(AmbiguousCreateException.class,
        this::launch);

    assertThat(e.getMessage())
        .startsWith("Canopy Wave API POST /api/v1/instance-operations/launch failed")
        .contains("so it was not repeated")
        .contains("A lookup by name did not find instance \"bob-2\" within");
    assertThat(e.failure().kind()).isEqualTo(ApiException.Kind.NETWORK);
    int posts = 0;
    for (int i = 0; i < api.server.getRequestCount(); i++) {
      posts += api.take().getMethod().equals("POST") ? 1 : 0;
    }
    assertThat(posts).isEqualTo(1);
  }

  @Test
  void addKey429_isSentAgainAfterALookup() {
    api.server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "0")
        .build());
    api.enqueue(200, "{\"data\": []}");
    api.enqueue(200, "{\"data\": {\"name\": \"k\", \"publicKey\": \"ssh-ed25519 AAAA\"}}");

    String name = createOnce.create("ssh key \"k\"",
        () -> client.sshKeys().add(new NewSshKey(SCOPE, "k", "ssh-ed25519 AAAA")).name(),
        () -> client.sshKeys().find(SCOPE, "k", CacheMode.FRESH).map(SshKey::name),
        Duration.ofMillis(500));

    assertThat(name).isEqualTo("k");
    assertThat(api.server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void capacityError_isNotRetriedNorLookedUp() {
    api.enqueue(400, "{\"error\": \"no capacity for H100-8 in sequoia\"}");

    ApiException e = catchThrowableOfType(ApiException.class, this::launch);

    assertThat(e.apiMessage()).isEqualTo("no capacity for H100-8 in sequoia");
    assertThat(api.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void repeated429_givesUpAfterTheLastAttempt() {
    for (int i = 0; i < 3; i++) {
      api.server.enqueue(new MockResponse.Builder().code(429).build());
      api.enqueue(200, "{\"data\": []}");
    }

    ApiException e = catchThrowableOfType(ApiException.class, this::launch);

    assertThat(e.kind()).isEqualTo(ApiException.Kind.RATE_LIMITED);
    assertThat(api.server.getRequestCount()).isEqualTo(5);
    assertThat(e.outcomeUnknown()).isFalse();
  }
}
