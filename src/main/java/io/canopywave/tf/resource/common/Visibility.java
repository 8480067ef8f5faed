package io.canopywave.tf.resource.common;

import io.canopywave.tf.api.ApiException;
import io.canopywave.tf.api.WaitCondition;
import io.canopywave.tf.api.WaitException;
import io.canopywave.tf.api.Waiter;
import io.canopywave.tf.cancel.Cancellation.CancelledException;
import io.canopywave.tf.schema.Diagnostics;
import io.canopywave.tf.schema.validators.GoDuration;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Waits until an object the provider just created shows up in the API's answers. The API may
 * answer a create before its lists (or the instance detail) include the new object; reading it
 * at once would make the client believe it vanished ("Root object was present, but now
 * absent").
 */
public final class Visibility {
  private Visibility() {}

  /**
   * Polls {@code lookup} (which must bypass caches) until it finds the object.
   *
   * @param what the object, for messages: {@code volume "data" (id c585...)}
   * @throws io.canopywave.tf.api.WaitException when it stays absent for {@code timeout}
   */
  public static <T> T await(Waiter waiter, String what, Supplier<Optional<T>> lookup,
      Duration timeout) {
    Optional<T> first = lookup.get();
    if (first.isPresent()) {
      return first.get();
    }
    return waiter.await(
        WaitCondition.until(what + " to appear in the API's answers", lookup, Optional::isPresent)
            .describedBy(found -> found.isPresent() ? "visible" : "not listed yet"),
        timeout).orElseThrow();
  }

  /**
   * {@link #await} until {@code deadline}, with failures reported for a create whose id is
   * already in the state: the error says the object exists and is kept (tainted), so that the
   * next apply replaces it.
   *
   * @param timeout the create timeout the deadline came from, for the message
   * @return the object once visible; empty, with an error added, otherwise (a cancellation
   *     too: the caller returns what it knows, so that the client records the object)
   */
  public static <T> Optional<T> awaitAfterCreate(Waiter waiter, String what,
      Supplier<Optional<T>> lookup, Deadline deadline, Duration timeout,
      Diagnostics diagnostics) {
    String kept = " The " + what + " was created and is recorded in the state, marked tainted:"
        + " the next apply replaces it. If it shows up later, `tofu untaint` keeps it instead.";
    try {
      return Optional.of(await(waiter, what, lookup, deadline.remaining()));
    } catch (WaitException e) {
      diagnostics.error("The " + what + " did not appear", "The API did not list it within the"
          + " create timeout of " + GoDuration.format(timeout) + " (last observed: "
          + e.lastState() + ")." + kept + " Raise `timeouts.create` if the API needs longer.");
    } catch (ApiException e) {
      diagnostics.error(ApiDiagnostics.of(e, "read the new " + what).summary(),
          e.getMessage() + "." + kept);
    } catch (CancelledException e) {
      diagnostics.add(ApiDiagnostics.cancelledAfterCreate(what));
    }
    return Optional.empty();
  }
}
