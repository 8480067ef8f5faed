package io.canopywave.tf.resource.floatingip;

import io.canopywave.tf.api.ApiException;
import io.canopywave.tf.api.CacheMode;
import io.canopywave.tf.api.PublicIpsApi;
import io.canopywave.tf.api.Sleeper;
import io.canopywave.tf.api.WaitCondition;
import io.canopywave.tf.api.WaitException;
import io.canopywave.tf.api.Waiter;
import io.canopywave.tf.api.model.AllocatedIp;
import io.canopywave.tf.api.model.PublicIp;
import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.schema.validators.GoDuration;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Collectors;

/**
 * Allocates floating IPs without ever allocating one twice. An allocation carries no name, so
 * after a failure whose outcome is unknown the new address cannot be looked up by name.
 * Instead the allocator lists the addresses before it asks for one; after an ambiguous failure
 * it adopts an address only when exactly one unassociated address appeared that no other
 * allocation of this provider process owns.
 *
 * <p>One allocator serves every allocation of a provider process. Allocations run in parallel;
 * an adoption looks at the list only while no allocation is waiting for its answer, so that an
 * address another allocation of ours is about to receive is already known as owned.
 */
final class IpAllocator {
  /** How many times an allocation that the API refused with 429 is sent in all. */
  private static final int RATE_LIMITED_ATTEMPTS = 5;

  private static final Duration RATE_LIMITED_WAIT = Duration.ofSeconds(2);

  private final Set<String> owned = ConcurrentHashMap.newKeySet();
  private final ReadWriteLock answers = new ReentrantReadWriteLock();

  /** What an ambiguous allocation left behind when no single new address could be adopted. */
  static final class AmbiguousAllocationException extends RuntimeException {
    private final ApiException failure;

    AmbiguousAllocationException(String reason, ApiException failure) {
      super(reason, failure);
      this.failure = failure;
    }

    ApiException failure() {
      return failure;
    }
  }

  /**
   * Allocates one address in {@code scope}.
   *
   * @param adoptionWindow how long to look for the new address after an ambiguous failure
   * @throws AmbiguousAllocationException when the allocation may have happened and its address
   *     could not be told apart
   * @throws ApiException for every other failure
   */
  AllocatedIp allocate(PublicIpsApi ips, Waiter waiter, Sleeper sleeper, Scope scope,
      Duration adoptionWindow) {
    Set<String> before = ids(ips.list(scope, CacheMode.FRESH));
    for (int attempt = 1; ; attempt++) {
      try {
        return allocateOnce(ips, scope);
      } catch (ApiException failure) {
        if (failure.outcomeUnknown()) {
          return adopt(ips, waiter, scope, before, adoptionWindow, failure);
        }
        // A 429 means the API refused the request: nothing was allocated, it may be sent again.
        if (!failure.is(ApiException.Kind.RATE_LIMITED) || attempt >= RATE_LIMITED_ATTEMPTS) {
          throw failure;
        }
        sleeper.sleep(failure.retryAfter().orElse(RATE_LIMITED_WAIT));
      }
    }
  }

  private AllocatedIp allocateOnce(PublicIpsApi ips, Scope scope) {
    answers.readLock().lock();
    try {
      AllocatedIp allocated = ips.allocate(scope);
      owned.add(allocated.id());
      return allocated;
    } finally {
      answers.readLock().unlock();
    }
  }

  // Limitation: an address allocated by someone else (another run, the console) in the same
  // project and region between the list before the allocation and the adoption, while this
  // allocation failed without effect, would be adopted as if it were ours.
  private AllocatedIp adopt(PublicIpsApi ips, Waiter waiter, Scope scope, Set<String> before,
      Duration window, ApiException failure) {
    Candidates last;
    try {
      last = waiter.await(
          WaitCondition.until("the new floating IP to appear after an uncertain allocation",
                  () -> claimSingleNew(ips, scope, before), Candidates::decided)
              .describedBy(Candidates::describe),
          window);
    } catch (WaitException notFound) {
      // Whole seconds read better than the remainder of a timeout (1.99998s).
      Duration shown = Duration.ofSeconds(Math.max(1, Math.round(window.toMillis() / 1000.0)));
      throw new AmbiguousAllocationException("no new unassociated address appeared within "
          + GoDuration.format(shown), failure);
    } catch (ApiException listFailed) {
      throw new AmbiguousAllocationException("listing the addresses to find it failed: "
          + listFailed.getMessage(), failure);
    }
    if (last.claimed() == null) {
      throw new AmbiguousAllocationException(last.describe(), failure);
    }
    return new AllocatedIp(last.claimed().id(), last.claimed().ip());
  }

  /** Lists, and claims the only new address; several new ones end the search unclaimed. */
  private Candidates claimSingleNew(PublicIpsApi ips, Scope scope, Set<String> before) {
    answers.writeLock().lock();
    try {
      List<PublicIp> fresh = ips.list(scope, CacheMode.FRESH).stream()
          .filter(ip -> !before.contains(ip.id()) && !owned.contains(ip.id()))
          .filter(ip -> ip.server() == null)
          .toList();
      if (fresh.size() == 1) {
        owned.add(fresh.getFirst().id());
        return new Candidates(fresh.getFirst(), 1);
      }
      return new Candidates(null, fresh.size());
    } finally {
      answers.writeLock().unlock();
    }
  }

  /**
   * @param claimed the adopted address, or null
   * @param count how many new, unowned, unassociated addresses the list showed
   */
  private record Candidates(PublicIp claimed, int count) {
    boolean decided() {
      return claimed != null || count > 1;
    }

    String describe() {
      return claimed != null ? "found " + claimed.id()
          : count == 0 ? "no new address listed"
          : count + " new unassociated addresses appeared, so the new one cannot be told apart";
    }
  }

  private static Set<String> ids(List<PublicIp> ips) {
    return ips.stream().map(PublicIp::id).collect(Collectors.toUnmodifiableSet());
  }
}
