package io.canopywave.tf.resource.common;

import io.canopywave.tf.api.ApiException;
import io.canopywave.tf.api.WaitCondition;
import io.canopywave.tf.api.Waiter;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Deletes an object the way destroy must: an object already gone is success; a conflict ("in
 * use", for example a volume or IP still held by an instance that is being terminated in the
 * same apply) is retried with backoff until the delete timeout.
 */
public final class Deletion {
  private Deletion() {}

  /**
   * Runs {@code delete} until it succeeds, reports the object gone, or the timeout passes.
   *
   * @param what the object, for messages: {@code volume "data" (id c585...)}
   * @throws ApiException for failures other than not-found and conflict
   * @throws io.canopywave.tf.api.WaitException when conflicts last past {@code timeout}
   */
  public static void run(Waiter waiter, String what, Runnable delete, Duration timeout) {
    waiter.await(
        WaitCondition.until("the API to accept the deletion of " + what,
                () -> attempt(delete), Outcome::finished)
            .describedBy(Outcome::describe),
        timeout);
  }

  /** Polls {@code gone} until it holds, for APIs that delete asynchronously. */
  public static void awaitGone(Waiter waiter, String what, BooleanSupplier gone,
      Duration timeout) {
    waiter.await(
        WaitCondition.until(what + " to be gone", gone::getAsBoolean, Boolean::booleanValue)
            .describedBy(isGone -> isGone ? "gone" : "still present"),
        timeout);
  }

  private static Outcome attempt(Runnable delete) {
    try {
      delete.run();
      return new Outcome(true, "deleted");
    } catch (ApiException e) {
      return switch (e.kind()) {
        case NOT_FOUND -> new Outcome(true, "already gone");
        case CONFLICT -> new Outcome(false, "refused: " + e.apiMessage());
        default -> throw e;
      };
    }
  }

  private record Outcome(boolean finished, String describe) {}
}
