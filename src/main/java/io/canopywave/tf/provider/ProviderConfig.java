package io.canopywave.tf.provider;

import java.net.URI;

/**
 * The resolved provider settings (attribute, else environment variable, else default), ready for
 * the API client. {@link #toString()} masks the API key, so the record is safe to log.
 *
 * @param project the default project, or null when neither attribute nor environment sets it
 * @param region the default region, or null
 * @param clientVersion the version of the calling tofu or terraform, for the User-Agent
 */
public record ProviderConfig(
    String apiKey,
    URI apiUrl,
    String project,
    String region,
    double requestsPerSecond,
    int maxRetries,
    String clientVersion) {

  @Override
  public String toString() {
    return "ProviderConfig[apiKey=" + (apiKey == null ? "<unset>" : "***")
        + ", apiUrl=" + apiUrl
        + ", project=" + project
        + ", region=" + region
        + ", requestsPerSecond=" + requestsPerSecond
        + ", maxRetries=" + maxRetries
        + ", clientVersion=" + clientVersion + "]";
  }
}
