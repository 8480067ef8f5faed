package io.canopywave.tf.api;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What a {@link Waiter} polls for.
 *
 * @param what what is awaited, for messages: {@code instance "web" (id 9bc5...) to become active}
 * @param probe reads the current state (may return null, e.g. for "not there yet")
 * @param done true when the wait is over
 * @param failed true when the state can no longer turn into done (an error status): the wait
 *     ends at once instead of at the deadline
 * @param describe the state in words, for the messages
 */
public record WaitCondition<T>(
    String what,
    Supplier<T> probe,
    Predicate<T> done,
    Predicate<T> failed,
    Function<T, String> describe) {

  public WaitCondition {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(probe, "probe");
    Objects.requireNonNull(done, "done");
    Objects.requireNonNull(failed, "failed");
    Objects.requireNonNull(describe, "describe");
  }

  /** Waits for {@code done}; never fails early; states described by {@code String.valueOf}. */
  public static <T> WaitCondition<T> until(String what, Supplier<T> probe, Predicate<T> done) {
    return new WaitCondition<>(what, probe, done, state -> false, String::valueOf);
  }

  public WaitCondition<T> failingWhen(Predicate<T> hopeless) {
    return new WaitCondition<>(what, probe, done, hopeless, describe);
  }

  public WaitCondition<T> describedBy(Function<T, String> describer) {
    return new WaitCondition<>(what, probe, done, failed, describer);
  }
}
