package io.canopywave.tf.resource.common;

import io.canopywave.tf.api.WaitCondition;
import io.canopywave.tf.api.Waiter;
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
}
