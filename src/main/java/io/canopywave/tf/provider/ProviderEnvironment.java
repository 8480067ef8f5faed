package io.canopywave.tf.provider;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Which environment variable stands in for which provider argument, for the docs. */
public final class ProviderEnvironment {
  private ProviderEnvironment() {}

  /** Argument name to environment variable, in the order the provider block lists them. */
  public static Map<String, String> variablesByArgument() {
    Map<String, String> variables = new LinkedHashMap<>();
    variables.put(ProviderSchema.API_KEY, ProviderSchema.API_KEY_ENV);
    variables.put(ProviderSchema.API_URL, ProviderSchema.API_URL_ENV);
    variables.put(ProviderSchema.PROJECT, ProviderSchema.PROJECT_ENV);
    variables.put(ProviderSchema.REGION, ProviderSchema.REGION_ENV);
    variables.put(ProviderSchema.REQUESTS_PER_SECOND, ProviderSchema.REQUESTS_PER_SECOND_ENV);
    return Collections.unmodifiableMap(variables);
  }
}
