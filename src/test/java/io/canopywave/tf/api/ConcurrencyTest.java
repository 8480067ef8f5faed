package io.canopywave.tf.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.api.model.NewVolume;
import io.canopywave.tf.api.model.Scope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Many threads on one client: the shared limiter (F14) and the shared list cache. */
class ConcurrencyTest {
  private static final Scope SCOPE = new Scope("bob@example.com", "sequoia");
  private static final String VOLUMES = "{\"data\": [{\"id\": \"v-1\", \"name\": \"a\","
      + " \"size\": 10, \"type\": \"hdd\", \"status\": \"available\"}]}";

  private final MockApi api = new MockApi();
  private final List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger listCalls = new AtomicInteger();
  private final ExecutorService pool = Executors.newFixedThreadPool(8);

  @AfterEach
  void stop() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    api.close();
  }

  /** Answers everything at once, noting when each request arrived. */
  private void answerAll(long listDelayMillis) {
    api.server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        arrivals.add(System.nanoTime());
        String path = request.getUrl().encodedPath();
        if (request.getMethod().equals("GET") && path.endsWith("/volumes")) {
          listCalls.incrementAndGet();
          Thread.sleep(listDelayMillis);
          return json(VOLUMES);
        }
        if (path.endsWith("/volumes")) {
          return json("{\"data\": {\"id\": \"v-2\"}}");
        }
        return json(MockApi.example("instance-detail"));
      }
    });
  }

  private static MockResponse json(String body) {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body(body).build();
  }

  private void onAllThreads(int perThread, Runnable call) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      futures.add(pool.submit(() -> {
        start.await();
        for (int i = 0; i < perThread; i++) {
          call.run();
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> future : futures) {
      future.get(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void limiter_eightThreadsAtFivePerSecond_keepTheRate() throws Exception {
    answerAll(0);
    try (CanopyWaveClient client = new CanopyWaveClient(
        api.settings().requestsPerSecond(5).burst(1).build())) {

      long start = System.nanoTime();
      // Details are not cached, so every call is a request.
      onAllThreads(2, () -> client.instances().get(SCOPE, "9bc56d2b"));
      double seconds = (System.nanoTime() - start) / 1e9;

      // 16 requests paced at 5/s: the first goes at once, the rest 200 ms apart.
      assertThat(arrivals).hasSize(16);
      assertThat(seconds).isBetween(2.9, 4.5);
      assertThat(maxInAnySecond()).isLessThanOrEqualTo(6);
    }
  }

  @Test
  void limiter_apiRefusingAboveFivePerSecond_allCallsSucceedWithFew429s() throws Exception {
    AtomicInteger refused = new AtomicInteger();
    api.server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        long now = System.nanoTime();
        synchronized (arrivals) {
          arrivals.removeIf(t -> now - t >= 1_000_000_000L);
          if (arrivals.size() >= 5) {
            refused.incrementAndGet();
            return new MockResponse.Builder().code(429).build();
          }
          arrivals.add(now);
        }
        return json(MockApi.example("instance-detail"));
      }
    });
    try (CanopyWaveClient client = new CanopyWaveClient(api.settings().requestsPerSecond(5)
        .burst(1).maxRetries(5).retryBaseDelay(Duration.ofMillis(100))
        .retryMaxDelay(Duration.ofSeconds(1)).build())) {

      onAllThreads(2, () -> client.instances().get(SCOPE, "9bc56d2b"));

      // F14: one limiter for all threads keeps the rate under the API's limit most of the time.
      assertThat(refused.get()).isLessThanOrEqualTo(4);
    }
  }

  @Test
  void listCache_concurrentReaders_shareOneCall() throws Exception {
    answerAll(300);
    try (CanopyWaveClient client = new CanopyWaveClient(
        api.settings().listCacheTtl(Duration.ofSeconds(30)).build())) {

      onAllThreads(5, () -> assertThat(client.volumes().list(SCOPE, CacheMode.SHARED))
          .hasSize(1));

      assertThat(listCalls.get()).isEqualTo(1);
    }
  }

  @Test
  void listCache_ourOwnWrite_makesTheNextReadAskAgain() {
    answerAll(0);
    try (CanopyWaveClient client = new CanopyWaveClient(
        api.settings().listCacheTtl(Duration.ofSeconds(30)).build())) {
      client.volumes().list(SCOPE, CacheMode.SHARED);
      client.volumes().list(SCOPE, CacheMode.SHARED);
      assertThat(listCalls.get()).isEqualTo(1);

      client.volumes().create(new NewVolume(SCOPE, "b", "hdd", 10));
      client.volumes().list(SCOPE, CacheMode.SHARED);

      assertThat(listCalls.get()).isEqualTo(2);
      client.volumes().list(new Scope("bob@example.com", "other-region"), CacheMode.SHARED);
      client.volumes().list(SCOPE, CacheMode.FRESH);
      assertThat(listCalls.get()).isEqualTo(4);
    }
  }

  private int maxInAnySecond() {
    List<Long> sorted = new ArrayList<>(arrivals);
    Collections.sort(sorted);
    int max = 0;
    for (int i = 0; i < sorted.size(); i++) {
      int j = i;
      while (j < sorted.size() && sorted.get(j) - sorted.get(i) < 1_000_000_000L) {
        j++;
      }
      max = Math.max(max, j - i);
    }
    return max;
  }
}
