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

  /**
   * A create whose outcome stayed unknown: the object may exist under its name.
   *
   * @param importId the import id form for the message: {@code project/region/<id>}
   */
  public static Diagnostic ambiguousCreate(AmbiguousCreateException e, String kind, String name,
      String importId) {
    return Diagnostic.error("The " + kind + " \"" + name + "\" may have been created",
        e.getMessage() + ". Check the Canopy Wave console for " + article(kind) + " " + kind
            + " named \"" + name + "\": if it exists, import it with `tofu import <address> '"
            + importId + "'`; if it does not, apply again.");
  }

  /**
   * The client cancelled (StopProvider) after the object was created: it is returned with
   * this error, so that the client records it (tainted) instead of losing it.
   *
   * @param what the object, for messages: {@code instance "web" (id 9bc5...)}
   */
  public static Diagnostic cancelledAfterCreate(String what) {
    return Diagnostic.error("Cancelled after creating the " + what,
        "The client asked the provider to stop (for example after an interrupt) before the "
            + what + " was ready. It exists and is recorded in the state, marked tainted: the"
            + " next apply replaces it, and `tofu destroy` deletes it.");
  }

  private static String article(String noun) {
    return "aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an" : "a";
  }

  /** A wait that ended without the awaited state. */
  public static Diagnostic waitFailed(WaitException e, String summary) {
    return Diagnostic.error(summary, e.getMessage() + ".");
  }
}
