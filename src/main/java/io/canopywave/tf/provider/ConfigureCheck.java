package io.canopywave.tf.provider;

import io.canopywave.tf.api.ApiException;
import io.canopywave.tf.resource.common.Connection;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Diagnostic;
import io.canopywave.tf.schema.Diagnostics;
import java.util.List;

/**
 * One cheap call at configure time (the project list) that turns a rejected API key or an
 * unknown default project into a single diagnostic, instead of one per resource later.
 * Transient failures are left to the operations, which retry and report them in context.
 */
final class ConfigureCheck {
  private ConfigureCheck() {}

  static void run(Connection connection, Diagnostics diagnostics) {
    List<String> projects;
    try {
      projects = connection.client().account().projects();
    } catch (ApiException e) {
      if (e.is(ApiException.Kind.UNAUTHORIZED)) {
        diagnostics.add(Diagnostic.error(AttributePath.of(ProviderSchema.API_KEY),
            "Canopy Wave rejected the API key",
            "The API answered " + e.status() + " to the first call with the configured key."
                + " Set a valid key in the provider argument `" + ProviderSchema.API_KEY
                + "` or the environment variable `" + ProviderSchema.API_KEY_ENV + "` (keys"
                + " are made on the API Keys page of the Canopy Wave console)."));
      }
      return;
    }
    String project = connection.defaultProject();
    if (project != null && !projects.contains(project)) {
      diagnostics.add(Diagnostic.error(AttributePath.of(ProviderSchema.PROJECT),
          "Unknown project",
          "The API key has no access to a project named \"" + project + "\". Projects it can"
              + " use: " + String.join(", ", projects) + "."));
    }
  }
}
