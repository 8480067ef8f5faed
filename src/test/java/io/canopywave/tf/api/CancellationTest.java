package io.canopywave.tf.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.cancel.Cancellation;
import io.canopywave.tf.cancel.Cancellation.CancelledException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** StopProvider ends backoff sleeps, limiter waits and calls in flight promptly. */
class CancellationTest {
  private final MockApi api = new MockApi();
  private final Cancellation cancellation = new Cancellation();

  @AfterEach
  void stop() {
    api.close();
  }

  /**
   * Runs {@code call} on another thread, cancels once {@code started} returns and 200 ms more
   * have passed, and answers how long the call ran on after the cancel.
   */
  private Duration cancelDuring(Runnable call, Runnable started) throws Exception {
    CompletableFuture<Void> running = CompletableFuture.runAsync(call);
    started.run();
    Thread.sleep(200);
    assertThat(running).isNotDone();
    long cancelledAt = System.nanoTime();
    cancellation.cancel();
    assertThatThrownBy(() -> running.get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(CancelledException.class);
    return Duration.ofNanos(System.nanoTime() - cancelledAt);
  }

  @Test
  void cancel_duringBackoffSleep_endsItPromptly() throws Exception {
    api.server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "30")
        .build());
    try (CanopyWaveClient client = new CanopyWaveClient(api.settings()
        .cancellation(cancellation).retryAfterCap(Duration.ofSeconds(30)).build())) {

      Duration after = cancelDuring(() -> client.catalog().images(), api::take);

      assertThat(after).isLessThan(Duration.ofMillis(1000));
      assertThat(api.server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void cancel_duringLimiterWait_endsItPromptly() throws Exception {
    api.enqueueExample("images");
    api.enqueueExample("images");
    try (CanopyWaveClient client = new CanopyWaveClient(api.settings()
        .cancellation(cancellation).requestsPerSecond(0.1).burst(1).build())) {
      client.catalog().images();

      Duration after = cancelDuring(() -> client.instances().get(new Scope("p", "r"), "i-1"),
          () -> { });

      assertThat(after).isLessThan(Duration.ofMillis(1000));
      assertThat(api.server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void cancel_callInFlight_isAbandoned() throws Exception {
    api.server.enqueue(new MockResponse.Builder().code(200).body("{\"data\": []}")
        .headersDelay(20, TimeUnit.SECONDS).build());
    try (CanopyWaveClient client = new CanopyWaveClient(api.settings()
        .cancellation(cancellation).readTimeout(Duration.ofSeconds(30)).build())) {

      Duration after = cancelDuring(() -> client.catalog().images(), api::take);

      assertThat(after).isLessThan(Duration.ofMillis(1000));
    }
  }

  @Test
  void call_afterCancel_failsWithoutARequest() {
    cancellation.cancel();
    try (CanopyWaveClient client =
        new CanopyWaveClient(api.settings().cancellation(cancellation).build())) {

      assertThatThrownBy(() -> client.catalog().images())
          .isInstanceOf(CancelledException.class);
      assertThat(api.server.getRequestCount()).isZero();
    }
  }
}
