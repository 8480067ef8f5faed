package io.canopywave.tf.resource.instance;

import io.canopywave.tf.api.ApiException;
import io.canopywave.tf.api.WaitException;
import io.canopywave.tf.api.model.LaunchRequest;
import io.canopywave.tf.resource.common.ApiDiagnostics;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Diagnostic;
import java.util.Locale;

/**
 * The instance's messages, built from names, ids, statuses and the API's own messages. A launch
 * diagnostic is scrubbed of the password too, in case the API echoes it in an error.
 */
final class InstanceDiagnostics {
  private static final String KEPT_TAINTED = " The instance is kept in the state, marked"
      + " tainted: the next apply replaces it, and `tofu destroy` terminates it.";

  private static final String MASK = "***";

  private InstanceDiagnostics() {}

  /** {@code instance "web"}, or {@code instance "web" (id 9bc5...)} once the id is known. */
  static String what(String name, String id) {
    return "instance \"" + name + "\"" + (id == null ? "" : " (id " + id + ")");
  }

  /** A launch the API refused: nothing was created. */
  static Diagnostic launchRefused(ApiException e, LaunchRequest request) {
    String action = "launch " + what(request.name(), null);
    String place = "flavor `" + request.flavor() + "` in region `" + request.scope().region()
        + "` (project `" + request.scope().project() + "`)";
    return switch (e.kind()) {
      case BAD_REQUEST -> Diagnostic.error("Failed to " + action,
          "Canopy Wave refused to launch " + place + " with image `" + request.image()
              + "`. The API said: \"" + e.apiMessage() + "\" (HTTP " + e.status() + "). No"
              + " instance was created." + (isCapacity(e) ? " The flavor has no capacity"
              + " there now: try again later, or choose another flavor or region." : ""));
      case CONFLICT -> Diagnostic.error(AttributePath.of(InstanceSchema.NAME),
          "Failed to " + action,
          "Canopy Wave refused to launch " + place + ". The API said: \"" + e.apiMessage()
              + "\" (HTTP " + e.status() + "). Instance names are unique within a project and"
              + " region: choose another name, or import the existing instance.");
      default -> ApiDiagnostics.of(e, action);
    };
  }

  /** The client stopped the provider while the launch was under way: its outcome is unknown. */
  static Diagnostic cancelledDuringLaunch(LaunchRequest request) {
    String name = request.name();
    return Diagnostic.error("Cancelled while launching " + what(name, null),
        "The client asked the provider to stop (for example after an interrupt) before the"
            + " launch answered, so the provider does not know whether the instance was"
            + " created and nothing is recorded in the state. Check the Canopy Wave console"
            + " for an instance named \"" + name + "\": if it exists, import it with `tofu"
            + " import <address> '" + request.scope().project() + "/"
            + request.scope().region() + "/<id>'`; if it does not, apply again.");
  }

  private static boolean isCapacity(ApiException e) {
    return e.apiMessage() != null && e.apiMessage().toLowerCase(Locale.ROOT).contains("capacity");
  }

  /** {@code diagnostic} with every occurrence of {@code secret} masked. */
  static Diagnostic withoutSecret(Diagnostic diagnostic, String secret) {
    if (secret == null || secret.isEmpty()) {
      return diagnostic;
    }
    return new Diagnostic(diagnostic.severity(), diagnostic.summary().replace(secret, MASK),
        diagnostic.detail().replace(secret, MASK), diagnostic.path());
  }

  /** The wait for active failed after launch; the state keeps the instance. */
  static Diagnostic createWaitFailed(WaitException e, String what, String timeoutSetting) {
    return switch (e.reason()) {
      case FAILED -> Diagnostic.error("Instance failed to start",
          "The " + what + " was launched, but it reached " + e.lastState() + " instead of"
              + " active." + KEPT_TAINTED);
      case TIMED_OUT -> Diagnostic.error("Instance not active in time",
          "The " + what + " was launched, but it did not become active within "
              + timeoutSetting + " (`timeouts.create`); last observed: " + e.lastState() + "."
              + KEPT_TAINTED + " If it only needs longer, raise `timeouts.create`.");
    };
  }

  /** An API failure after the launch; the state keeps the instance. */
  static Diagnostic afterLaunch(ApiException e, String what) {
    Diagnostic api = ApiDiagnostics.of(e, "wait for the " + what + " to become active");
    return Diagnostic.error(api.summary(), api.detail() + KEPT_TAINTED);
  }

  /** The wait for active failed after a restart. */
  static Diagnostic restartWaitFailed(WaitException e, String what) {
    return Diagnostic.error("Instance not active after restart",
        "The " + what + " was restarted, but " + e.getMessage() + ". Check it in the Canopy"
            + " Wave console; the next plan shows its status.");
  }

  /** The instance vanished while the provider changed it. */
  static Diagnostic vanished(String what, String during) {
    return Diagnostic.error("Instance disappeared",
        "The " + what + " was no longer found " + during + ". It may have been terminated"
            + " outside Terraform; the next plan creates it again.");
  }

  /** Exactly one password must be configured. */
  static Diagnostic passwordMissing() {
    return Diagnostic.error(AttributePath.of(InstanceSchema.PASSWORD), "Missing password",
        "Canopy Wave needs a password for the default SSH login of a new instance. Set"
            + " `password`, or `password_wo` (write-only: never stored in the state; needs"
            + " OpenTofu or Terraform 1.11 or later).");
  }

  static Diagnostic passwordTwice() {
    return Diagnostic.error(AttributePath.of(InstanceSchema.PASSWORD_WO), "Conflicting passwords",
        "Set only one of `password` and `password_wo`, not both.");
  }
}
