package io.canopywave.tf.api.http;

import io.canopywave.tf.api.Sleeper;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The token bucket shared by every caller of one client, kept as a "theoretical arrival time"
 * (the generic cell rate algorithm): each request books the next free slot under a lock and then
 * sleeps outside it, so many threads are paced fairly without busy waiting.
 *
 * <p>It adapts: a 429 halves the rate (down to an eighth) for a cool-down, after which the rate
 * doubles back step by step, and a {@code Retry-After} pauses every caller until it has passed.
 * Parallel operations therefore back off together instead of each learning it alone.
 */
// Limitation: two provider configurations (aliases) with the same key each have a limiter of
// their own, so together they may exceed the rate one of them was given.
public final class RateLimiter {
  private static final long HALVING_GAP_NANOS = 1_000_000_000L;

  private final double configuredRate;
  private final int burst;
  private final long cooldownNanos;
  private final LongSupplier nanoClock;
  private final Sleeper sleeper;

  private double rate;
  private long nextSlot;
  private long pausedUntil;
  private long slowedUntil;
  private long lastHalving;
  private boolean halved;

  public RateLimiter(
      double requestsPerSecond, int burst, Duration cooldown, LongSupplier nanoClock,
      Sleeper sleeper) {
    this.configuredRate = requestsPerSecond;
    this.rate = requestsPerSecond;
    this.burst = burst;
    this.cooldownNanos = cooldown.toNanos();
    this.nanoClock = nanoClock;
    this.sleeper = sleeper;
    long now = nanoClock.getAsLong();
    this.nextSlot = now;
    this.pausedUntil = now;
    this.slowedUntil = now;
  }

  /** Blocks until the caller may send one request (cancellation ends the wait). */
  public void acquire() {
    sleepNanos(reserve());
    // A 429 seen by someone else while we slept pauses us too.
    long pause;
    synchronized (this) {
      pause = pausedUntil - nanoClock.getAsLong();
    }
    sleepNanos(pause);
  }

  /** Books a slot and answers how long to wait for it, in nanoseconds. */
  synchronized long reserve() {
    long now = nanoClock.getAsLong();
    recover(now);
    long interval = (long) (1_000_000_000L / rate);
    long tolerance = (burst - 1) * interval;
    long slot = latest(now, nextSlot - tolerance, pausedUntil);
    nextSlot = latest(nextSlot, slot, slot) + interval;
    return slot - now;
  }

  /** Tells the limiter the API answered 429; {@code retryAfter} may be null. */
  public synchronized void onRateLimited(Duration retryAfter) {
    long now = nanoClock.getAsLong();
    // Parallel callers often see the same overload at once: halve once per burst of 429s.
    if (!halved || now - lastHalving >= HALVING_GAP_NANOS) {
      rate = Math.max(configuredRate / 8, rate / 2);
      lastHalving = now;
      halved = true;
    }
    slowedUntil = now + cooldownNanos;
    if (retryAfter != null) {
      long until = now + retryAfter.toNanos();
      pausedUntil = latest(pausedUntil, until, until);
    }
  }

  /** The rate now in force, in requests per second. */
  public synchronized double currentRate() {
    recover(nanoClock.getAsLong());
    return rate;
  }

  private void recover(long now) {
    if (rate < configuredRate && now - slowedUntil >= 0) {
      rate = Math.min(configuredRate, rate * 2);
      slowedUntil = now + cooldownNanos;
    }
  }

  /** The latest of three {@link System#nanoTime} readings (they may wrap, so compare by sign). */
  private static long latest(long a, long b, long c) {
    long ab = b - a > 0 ? b : a;
    return c - ab > 0 ? c : ab;
  }

  private void sleepNanos(long nanos) {
    if (nanos > 0) {
      sleeper.sleep(Duration.ofNanos(nanos));
    }
  }
}
