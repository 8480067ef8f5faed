package io.canopywave.tf.api;

import java.time.Duration;

/**
 * A create failed in a way that may still have created the object, and looking it up by name
 * did not find it. It was not created again, to avoid a duplicate.
 */
public final class AmbiguousCreateException extends RuntimeException {
  private final String what;

  public AmbiguousCreateException(String what, Duration lookupWindow, ApiException failure) {
    super(failure.getMessage() + ". A lookup by name did not find " + what + " within "
        + WaitException.format(lookupWindow), failure);
    this.what = what;
  }

  /** The object, as named by the caller. */
  public String what() {
    return what;
  }

  /** The failed create. */
  public ApiException failure() {
    return (ApiException) getCause();
  }
}
