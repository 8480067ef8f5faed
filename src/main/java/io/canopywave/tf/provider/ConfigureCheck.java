package io.canopywave.tf.provider;

import io.canopywave.tf.api.ApiException;
import io.canopywave.tf.resource.common.Connection;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Diagnostic;
import io.canopywave.tf.schema.Diagnostics;
import java.net.URI;
import java.util.List;

/**
 * One cheap call at configure time (the project list) that turns a rejected API key or an
 * unknown default project into a single diagnostic, instead of one per resource later.
 * Transient failures are left to the operations, which retry and report them in context.
 */
final class ConfigureCheck {
  private ConfigureCheck() {}

  static void run(Connection connection, URI apiUrl, Diagnostics diagnostics) {
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
      } else if (e.is(ApiException.Kind.NETWORK)) {
        // The client has retried already: a URL that cannot be reached is worth one clear
        // error here rather than one per resource, each blaming that resource.
        diagnostics.add(Diagnostic.error(AttributePath.of(ProviderSchema.API_URL),
            "Cannot reach the Canopy Wave API",
            "The first call to " + withoutUserInfo(apiUrl) + " failed: " + e.apiMessage()
                + ". Check the provider argument `" + ProviderSchema.API_URL
                + "` or the environment variable `" + ProviderSchema.API_URL_ENV
                + "`, and the network."));
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

  /** The URL as it may be shown: user names and passwords in it are left out. */
  private static String withoutUserInfo(URI url) {
    String port = url.getPort() < 0 ? "" : ":" + url.getPort();
    String path = url.getRawPath() == null ? "" : url.getRawPath();
    return url.getScheme() + "://" + url.getHost() + port + path;
  }
}
