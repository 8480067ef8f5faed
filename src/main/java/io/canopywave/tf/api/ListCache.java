package io.canopywave.tf.api;

import io.canopywave.tf.cancel.Cancellation.CancelledException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Shares list answers between concurrent readers of one client. Reads of one kind for one
 * project and region join a call in flight (single flight) and reuse its answer for a short
 * window, so refreshing hundreds of objects of a kind costs a few list calls instead of hundreds.
 * Every write of ours through the client invalidates the lists it can change, so a reader never
 * sees an answer older than our own last write. Failed loads are not kept.
 */
public final class ListCache {

  /** The lists the client reads. */
  public enum Kind {
    PROJECTS, IMAGES, INSTANCE_TYPES, INSTANCES, RUNNING_INSTANCES, SSH_KEYS, VOLUMES,
    FILE_SYSTEMS, PUBLIC_IPS
  }

  /** One cached list; a null region means "all regions" (the instance list allows that). */
  private record Key(Kind kind, String project, String region) {}

  private static final class Entry {
    final CompletableFuture<Object> answer = new CompletableFuture<>();
    volatile long loadedAt;
  }

  private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();
  private final long ttlNanos;
  private final LongSupplier nanoClock;

  public ListCache(Duration ttl, LongSupplier nanoClock) {
    this.ttlNanos = ttl.toNanos();
    this.nanoClock = nanoClock;
  }

  /**
   * The list of {@code kind} for {@code project} and {@code region}, loaded by {@code loader}
   * unless a load is in flight or a recent answer exists (with {@link CacheMode#SHARED}).
   */
  @SuppressWarnings("unchecked")
  public <T> T get(
      Kind kind, String project, String region, CacheMode mode, Supplier<T> loader) {
    Key key = new Key(kind, Objects.requireNonNullElse(project, ""), region);
    Entry mine = new Entry();
    Entry chosen = mode == CacheMode.FRESH
        ? mine
        : entries.compute(key, (k, old) -> usable(old) ? old : mine);
    if (chosen != mine) {
      return (T) join(chosen);
    }
    if (mode == CacheMode.FRESH) {
      entries.put(key, mine);
    }
    try {
      T value = loader.get();
      mine.loadedAt = nanoClock.getAsLong();
      mine.answer.complete(value);
      return value;
    } catch (RuntimeException | Error failure) {
      entries.remove(key, mine);
      mine.answer.completeExceptionally(failure);
      throw failure;
    }
  }

  /**
   * Forgets the lists of {@code kind} for {@code project} in {@code region} and those of all
   * regions (a null {@code region} forgets every region of the project).
   */
  public void invalidate(Kind kind, String project, String region) {
    String p = Objects.requireNonNullElse(project, "");
    entries.keySet().removeIf(key -> key.kind() == kind && key.project().equals(p)
        && (region == null || key.region() == null || key.region().equals(region)));
  }

  /** Forgets everything. */
  public void clear() {
    entries.clear();
  }

  private boolean usable(Entry entry) {
    if (entry == null) {
      return false;
    }
    if (!entry.answer.isDone()) {
      return true;
    }
    return !entry.answer.isCompletedExceptionally()
        && nanoClock.getAsLong() - entry.loadedAt < ttlNanos;
  }

  private static Object join(Entry entry) {
    try {
      return entry.answer.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancelledException();
    } catch (ExecutionException e) {
      // The leader's failure (an ApiException, or a cancellation) is every follower's failure.
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
