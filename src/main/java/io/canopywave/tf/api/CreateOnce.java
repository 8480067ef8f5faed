package io.canopywave.tf.api;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Creates an object whose name is unique without ever creating it twice. The client never
 * repeats a POST; this is the policy a resource applies around one:
 * <ul>
 *   <li>a 429 means the API refused the request: after the wait it asks for, look the name up
 *       (in case) and send the create again, a few times at most;
 *   <li>a failure with an unknown outcome (5xx, lost answer) may hide a created object: look the
 *       name up until it appears or the lookup window ends, and never send the create again;
 *   <li>anything else is the caller's error to report.
 * </ul>
 */
public final class CreateOnce {
  private final Waiter waiter;
  private final Sleeper sleeper;
  private final int maxRateLimitedAttempts;
  private final Duration rateLimitedWait;

  /**
   * @param maxRateLimitedAttempts how many times a create refused with 429 is sent in all
   * @param rateLimitedWait the wait after a 429 that gives no {@code Retry-After}
   */
  public CreateOnce(
      Waiter waiter, Sleeper sleeper, int maxRateLimitedAttempts, Duration rateLimitedWait) {
    this.waiter = waiter;
    this.sleeper = sleeper;
    this.maxRateLimitedAttempts = maxRateLimitedAttempts;
    this.rateLimitedWait = rateLimitedWait;
  }

  /** Five attempts after 429s, two seconds apart unless the API says otherwise. */
  public static CreateOnce of(CanopyWaveClient client) {
    return new CreateOnce(client.waiter(), Sleeper.of(client.settings().cancellation()), 5,
        Duration.ofSeconds(2));
  }

  /**
   * Runs {@code create}; on an ambiguous failure returns what {@code findByName} finds within
   * {@code lookupWindow}.
   *
   * @param what the object, for messages: {@code instance "web-1"}
   * @param findByName looks the object up by its unique name, bypassing caches
   * @throws AmbiguousCreateException when the outcome stayed unknown
   * @throws ApiException for every other failure
   */
  public <T> T create(
      String what, Supplier<T> create, Supplier<Optional<T>> findByName, Duration lookupWindow) {
    for (int attempt = 1; ; attempt++) {
      try {
        return create.get();
      } catch (ApiException failure) {
        if (failure.outcomeUnknown()) {
          return adopt(what, findByName, lookupWindow, failure);
        }
        if (!failure.is(ApiException.Kind.RATE_LIMITED) || attempt >= maxRateLimitedAttempts) {
          throw failure;
        }
        sleeper.sleep(failure.retryAfter().orElse(rateLimitedWait));
        Optional<T> existing = findByName.get();
        if (existing.isPresent()) {
          return existing.get();
        }
      }
    }
  }

  private <T> T adopt(
      String what, Supplier<Optional<T>> findByName, Duration window, ApiException failure) {
    try {
      return waiter.await(
          WaitCondition.until(what + " to appear after an uncertain create", findByName,
                  Optional::isPresent)
              .describedBy(found -> found.isPresent() ? "found" : "not found by name"),
          window).orElseThrow();
    } catch (WaitException notFound) {
      throw new AmbiguousCreateException(what, window, failure);
    }
  }
}
