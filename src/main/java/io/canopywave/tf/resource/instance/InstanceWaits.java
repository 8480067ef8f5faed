package io.canopywave.tf.resource.instance;

import io.canopywave.tf.api.ApiException;
import io.canopywave.tf.api.InstancesApi;
import io.canopywave.tf.api.WaitCondition;
import io.canopywave.tf.api.Waiter;
import io.canopywave.tf.api.model.InstanceDetail;
import io.canopywave.tf.api.model.Scope;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The instance's polls of its detail endpoint: the wait until it is active (after launch and
 * restart), and whether it is gone (after terminate).
 */
final class InstanceWaits {
  // Limitation: an API that keeps a new instance out of its detail answers for more than about
  // a minute fails the create (the instance stays in the state, tainted) before the timeout.
  /**
   * How many "not found" answers in a row a wait for active tolerates: the detail may miss a
   * new instance for a while after launch. With the waiter's growing pauses, ten probes span
   * about a minute; an instance absent for longer was removed.
   */
  static final int NOT_FOUND_PROBES = 10;

  private final Waiter waiter;
  private final InstancesApi instances;

  InstanceWaits(Waiter waiter, InstancesApi instances) {
    this.waiter = waiter;
    this.instances = instances;
  }

  /**
   * Polls the detail until the status is active.
   *
   * @param what the instance, for messages: {@code instance "web" (id 9bc5...)}
   * @param last receives every detail seen, so that a failed wait can still report the status
   * @throws io.canopywave.tf.api.WaitException on the deadline, or at once when the status is
   *     error or terminal, or the instance stays not found
   * @throws ApiException for a failure that is not transient
   */
  InstanceDetail awaitActive(Scope scope, String id, String what, Duration timeout,
      AtomicReference<InstanceDetail> last) {
    AtomicInteger absentInARow = new AtomicInteger();
    WaitCondition<InstanceDetail> condition = WaitCondition.<InstanceDetail>until(
            what + " to become active",
            () -> {
              InstanceDetail detail = detailOrNull(scope, id);
              absentInARow.set(detail == null ? absentInARow.get() + 1 : 0);
              if (detail != null) {
                last.set(detail);
              }
              return detail;
            },
            detail -> detail != null && status(detail).isActive())
        .failingWhen(detail -> detail == null
            ? absentInARow.get() >= NOT_FOUND_PROBES
            : status(detail).isError() || status(detail).isGone())
        .describedBy(detail -> detail == null
            ? "not found (" + absentInARow.get() + " time" + (absentInARow.get() == 1 ? "" : "s")
                + " in a row)"
            : describe(detail));
    return waiter.await(condition, timeout);
  }

  /** True when the detail says not found, or shows a terminal status (it may linger). */
  boolean isGone(Scope scope, String id) {
    InstanceDetail detail = detailOrNull(scope, id);
    return detail == null || status(detail).isGone();
  }

  /** The detail, or null when the API says the instance does not exist. */
  InstanceDetail detailOrNull(Scope scope, String id) {
    try {
      return instances.get(scope, id);
    } catch (ApiException e) {
      if (e.is(ApiException.Kind.NOT_FOUND)) {
        return null;
      }
      throw e;
    }
  }

  static InstanceStatus status(InstanceDetail detail) {
    return InstanceStatus.of(detail.status());
  }

  /** {@code status error (No valid host was found)}: the status and any fault text. */
  static String describe(InstanceDetail detail) {
    String fault = faultText(detail);
    return "status " + status(detail).stateValue() + (fault == null ? "" : " (" + fault + ")");
  }

  /** The OpenStack {@code fault.message} of an instance in error, if the detail has one. */
  static String faultText(InstanceDetail detail) {
    if (detail.raw().get("fault") instanceof Map<?, ?> fault
        && fault.get("message") instanceof String message && !message.isBlank()) {
      return message.strip();
    }
    return null;
  }
}
