package io.canopywave.tf.provider;

import io.canopywave.tf.schema.Diagnostic;

/** Where the provider stands after (or before) ConfigureProvider. */
sealed interface Configuration {

  /** Every setting is known and valid: operations may call the API. */
  record Ready(ProviderConfig config) implements Configuration {}

  /** Operations that need the API fail with {@code reason}; everything else still works. */
  record NotReady(Diagnostic reason) implements Configuration {}

  Configuration UNCONFIGURED = new NotReady(Diagnostic.error("Provider not configured",
      "The provider was asked to call the Canopy Wave API before it received its "
          + "configuration. This is unexpected from tofu or terraform; please report it."));
}
