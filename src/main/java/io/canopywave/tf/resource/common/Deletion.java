package io.canopywave.tf.resource.common;

import io.canopywave.tf.api.ApiException;
import io.canopywave.tf.api.WaitCondition;
import io.canopywave.tf.api.WaitException;
import io.canopywave.tf.api.Waiter;
import io.canopywave.tf.schema.Diagnostics;
import io.canopywave.tf.schema.validators.GoDuration;
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
   * @return true when the API answered that the object was already gone
   * @throws ApiException for failures other than not-found and conflict
   * @throws io.canopywave.tf.api.WaitException when conflicts last past {@code timeout}
   */
  public static boolean run(Waiter waiter, String what, Runnable delete, Duration timeout) {
    return waiter.await(
        WaitCondition.until("the API to accept the deletion of " + what,
                () -> attempt(delete), Outcome::finished)
            .describedBy(Outcome::describe),
        timeout).alreadyGone();
  }

  /** Polls {@code gone} until it holds, for APIs that delete asynchronously. */
  public static void awaitGone(Waiter waiter, String what, BooleanSupplier gone,
      Duration timeout) {
    waiter.await(
        WaitCondition.until(what + " to be gone", gone::getAsBoolean, Boolean::booleanValue)
            .describedBy(isGone -> isGone ? "gone" : "still present"),
        timeout);
  }

  /**
   * {@link #run} then, unless the API said the object was already gone, {@link #awaitGone},
   * within one {@code timeout}; failures reported as an error diagnostic that says the object
   * may still exist.
   *
   * @param gone true once the object is absent from the API's answers (or listed as gone)
   * @return whether the object is gone
   */
  public static boolean deleteAndAwaitGone(Waiter waiter, String what, Runnable delete,
      BooleanSupplier gone, Duration timeout, Diagnostics diagnostics) {
    Deadline deadline = Deadline.in(timeout);
    try {
      // "Not found" is the API's own word that the object is gone, whatever its lists say.
      if (!run(waiter, what, delete, deadline.remaining())) {
        awaitGone(waiter, what, gone, deadline.remaining());
      }
      return true;
    } catch (WaitException e) {
      diagnostics.error("Failed to delete " + what, "The provider waited for " + e.what()
          + " for the delete timeout of " + GoDuration.format(timeout) + " (last observed: "
          + e.lastState() + "). The " + what + " may still exist and stays in the state. Raise"
          + " `timeouts.delete` if the API needs longer, or delete what still uses it first,"
          + " then destroy again.");
    } catch (ApiException e) {
      diagnostics.add(ApiDiagnostics.of(e, "delete " + what));
    }
    return false;
  }

  private static Outcome attempt(Runnable delete) {
    try {
      delete.run();
      return new Outcome(true, false, "deleted");
    } catch (ApiException e) {
      return switch (e.kind()) {
        case NOT_FOUND -> new Outcome(true, true, "already gone");
        case CONFLICT -> new Outcome(false, false, "refused: " + e.apiMessage());
        default -> throw e;
      };
    }
  }

  private record Outcome(boolean finished, boolean alreadyGone, String describe) {}
}
