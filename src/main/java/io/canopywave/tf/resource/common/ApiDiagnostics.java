package io.canopywave.tf.resource.common;

import io.canopywave.tf.api.AmbiguousCreateException;
import io.canopywave.tf.api.ApiException;
import io.canopywave.tf.api.WaitException;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Diagnostic;

/**
 * Turns API failures into diagnostics a user can act on: a short summary naming the action,
 * and a detail quoting the API and saying what to do. The API's messages never hold the key.
 */
public final class ApiDiagnostics {
  private ApiDiagnostics() {}

  /**
   * @param action what the provider was doing, for the summary: {@code create volume "data"}
   */
  public static Diagnostic of(ApiException e, String action) {
    return of(e, action, AttributePath.ROOT);
  }

  public static Diagnostic of(ApiException e, String action, AttributePath path) {
    String summary = switch (e.kind()) {
      case UNAUTHORIZED -> "Canopy Wave rejected the API key";
      case RATE_LIMITED -> "Canopy Wave kept rate limiting the requests to " + action;
      default -> "Failed to " + action;
    };
    return Diagnostic.error(path, summary, e.getMessage() + "." + advice(e));
  }

  private static String advice(ApiException e) {
    return switch (e.kind()) {
      case UNAUTHORIZED -> " Check the API key: set `api_key` in the provider block or the"
          + " environment variable CANOPYWAVE_API_KEY to a key from the Canopy Wave console"
          + " (API Keys page).";
      case RATE_LIMITED -> " Lower `requests_per_second` in the provider block, or run with"
          + " less parallelism (`-parallelism=N`).";
      case SERVER, NETWORK -> " The API may be briefly unavailable; try again later.";
      case INVALID_RESPONSE -> " The API answered in a form this provider does not know.";
      default -> "";
    };
  }

  /** A create whose outcome stayed unknown: the object may exist under its name. */
  public static Diagnostic ambiguousCreate(AmbiguousCreateException e, String kind, String name) {
    return Diagnostic.error("The " + kind + " \"" + name + "\" may have been created",
        e.getMessage() + ". The provider did not repeat the request, so that no duplicate is"
            + " created. Check the Canopy Wave console for a " + kind + " named \"" + name
            + "\": import it if it exists (`tofu import`), or apply again if it does not.");
  }

  /** A wait that ended without the awaited state. */
  public static Diagnostic waitFailed(WaitException e, String summary) {
    return Diagnostic.error(summary, e.getMessage() + ".");
  }
}
