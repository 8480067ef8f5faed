package io.canopywave.tf.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.canopywave.tf.api.ListCache.Kind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ListCacheTest {
  private long now = 0;
  private final ListCache cache = new ListCache(Duration.ofSeconds(2), () -> now);
  private final AtomicInteger loads = new AtomicInteger();

  private final Supplier<List<String>> loader = () -> List.of("load " + loads.incrementAndGet());

  private List<String> volumes(String region) {
    return cache.get(Kind.VOLUMES, "p", region, CacheMode.SHARED, loader);
  }

  @Test
  void get_withinWindow_reusesTheAnswer() {
    volumes("r");
    now += 1_999_000_000L;

    assertThat(volumes("r")).containsExactly("load 1");
    assertThat(loads).hasValue(1);
  }

  @Test
  void get_afterWindow_loadsAgain() {
    volumes("r");
    now += 2_000_000_000L;

    assertThat(volumes("r")).containsExactly("load 2");
  }

  @Test
  void get_otherRegionProjectOrKind_isSeparate() {
    volumes("r");
    volumes("other");
    cache.get(Kind.VOLUMES, "q", "r", CacheMode.SHARED, loader);
    cache.get(Kind.SSH_KEYS, "p", "r", CacheMode.SHARED, loader);

    assertThat(loads).hasValue(4);
  }

  @Test
  void get_fresh_bypassesButRefreshesForOthers() {
    volumes("r");

    assertThat(cache.get(Kind.VOLUMES, "p", "r", CacheMode.FRESH, loader))
        .containsExactly("load 2");
    assertThat(volumes("r")).containsExactly("load 2");
  }

  @Test
  void invalidate_region_dropsThatRegionAndTheAllRegionsList() {
    volumes("r");
    volumes("other");
    volumes(null);

    cache.invalidate(Kind.VOLUMES, "p", "r");

    assertThat(volumes("other")).containsExactly("load 2");
    assertThat(volumes("r")).containsExactly("load 4");
    assertThat(volumes(null)).containsExactly("load 5");
  }

  @Test
  void get_failedLoad_isNotKept() {
    assertThatThrownBy(() -> cache.get(Kind.VOLUMES, "p", "r", CacheMode.SHARED,
        () -> {
          throw new IllegalStateException("boom");
        })).hasMessage("boom");

    assertThat(volumes("r")).containsExactly("load 1");
  }

  @Test
  void get_concurrentReaders_shareOneLoadAndItsFailure() throws Exception {
    ListCache real = new ListCache(Duration.ofSeconds(2), System::nanoTime);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger calls = new AtomicInteger();
    Supplier<List<String>> slowFailure = () -> {
      calls.incrementAndGet();
      try {
        release.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new IllegalStateException("shared failure");
    };
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<?>> readers = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        readers.add(pool.submit(
            () -> real.get(Kind.INSTANCES, "p", "r", CacheMode.SHARED, slowFailure)));
      }
      Thread.sleep(200);
      release.countDown();
      for (Future<?> reader : readers) {
        assertThatThrownBy(() -> reader.get(5, TimeUnit.SECONDS))
            .hasRootCauseMessage("shared failure");
      }
      assertThat(calls).hasValue(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void invalidate_duringALoad_laterReadersDoNotGetTheOldAnswer() throws Exception {
    ListCache real = new ListCache(Duration.ofSeconds(30), System::nanoTime);
    CountDownLatch loading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<List<String>> stale = pool.submit(() ->
          real.get(Kind.VOLUMES, "p", "r", CacheMode.SHARED, () -> {
            loading.countDown();
            try {
              release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return List.of("before our write");
          }));
      loading.await(5, TimeUnit.SECONDS);

      real.invalidate(Kind.VOLUMES, "p", "r");
      release.countDown();

      assertThat(stale.get(5, TimeUnit.SECONDS)).containsExactly("before our write");
      assertThat(real.get(Kind.VOLUMES, "p", "r", CacheMode.SHARED,
          () -> List.of("after our write"))).containsExactly("after our write");
    } finally {
      pool.shutdownNow();
    }
  }
}
