package io.canopywave.tf.provider;

import static io.canopywave.tf.provider.ProviderSchema.API_KEY;
import static io.canopywave.tf.provider.ProviderSchema.API_KEY_ENV;
import static io.canopywave.tf.provider.ProviderSchema.API_URL;
import static io.canopywave.tf.provider.ProviderSchema.API_URL_ENV;
import static io.canopywave.tf.provider.ProviderSchema.MAX_RETRIES;
import static io.canopywave.tf.provider.ProviderSchema.PROJECT;
import static io.canopywave.tf.provider.ProviderSchema.PROJECT_ENV;
import static io.canopywave.tf.provider.ProviderSchema.REGION;
import static io.canopywave.tf.provider.ProviderSchema.REGION_ENV;
import static io.canopywave.tf.provider.ProviderSchema.REQUESTS_PER_SECOND;
import static io.canopywave.tf.provider.ProviderSchema.REQUESTS_PER_SECOND_ENV;

import io.canopywave.tf.plugin.log.Secrets;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Diagnostic;
import io.canopywave.tf.schema.Diagnostics;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Resolves each setting as attribute, else environment variable, else default. An empty string
 * counts as unset, except in the API URL variable, where it is an error. Unknown attributes (plan, with settings that depend on other resources) make
 * the result {@link Configuration.NotReady} without an error: only operations that need the API
 * fail, and only then.
 */
final class ConfigResolver {
  private static final Function<String, Optional<String>> ANY_TEXT = text -> Optional.empty();

  /**
   * Variables that must not be set to the empty string. An empty API URL variable is far more
   * often a script's mistake than a wish for the production default, and falling back would
   * send the key to the real API.
   */
  private static final Set<String> EMPTY_REFUSED = Set.of(API_URL_ENV);

  private final Map<String, String> environment;

  ConfigResolver(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  Configuration resolve(CtyValue config, String clientVersion, Diagnostics diagnostics) {
    Reader reader = new Reader(config, diagnostics);
    String apiKey = reader.text(API_KEY, API_KEY_ENV, ANY_TEXT, null);
    // From here on the key is masked in every log line and error detail; null is ignored.
    Secrets.register(apiKey);
    String apiUrl = reader.text(API_URL, API_URL_ENV, SettingChecks::apiUrl,
        ProviderSchema.DEFAULT_API_URL);
    String project = reader.text(PROJECT, PROJECT_ENV, ANY_TEXT, null);
    String region = reader.text(REGION, REGION_ENV, ANY_TEXT, null);
    BigDecimal rate = reader.number(REQUESTS_PER_SECOND, REQUESTS_PER_SECOND_ENV,
        SettingChecks::requestsPerSecond,
        BigDecimal.valueOf(ProviderSchema.DEFAULT_REQUESTS_PER_SECOND));
    BigDecimal retries = reader.number(MAX_RETRIES, null, SettingChecks::maxRetries,
        BigDecimal.valueOf(ProviderSchema.DEFAULT_MAX_RETRIES));

    if (reader.invalid != null) {
      return new Configuration.NotReady(reader.invalid);
    }
    if (!reader.unknown.isEmpty()) {
      return new Configuration.NotReady(Diagnostic.error("Provider configuration not known yet",
          "The provider arguments " + String.join(", ", reader.unknown) + " depend on values "
              + "that are only known after apply, so the Canopy Wave API cannot be called "
              + "during this plan. Use values known before apply, or apply the resources they "
              + "depend on first."));
    }
    if (apiKey == null) {
      return new Configuration.NotReady(Diagnostic.error(AttributePath.of(API_KEY),
          "Missing API key",
          "The Canopy Wave API needs an API key. Set the provider argument `" + API_KEY
              + "`, or the environment variable `" + API_KEY_ENV + "`."));
    }
    return new Configuration.Ready(new ProviderConfig(apiKey, URI.create(apiUrl), project,
        region, rate.doubleValue(), retries.intValueExact(), clientVersion));
  }

  private static String nonEmptyText(CtyValue value) {
    String text = ((CtyValue.Str) value).value();
    return text.isEmpty() ? null : text;
  }

  private static BigDecimal parseNumber(String text) {
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Reads settings from one config value, collecting unknown names and the first problem. */
  private final class Reader {
    private final CtyValue config;
    private final Diagnostics diagnostics;
    private final List<String> unknown = new ArrayList<>();
    private Diagnostic invalid;

    Reader(CtyValue config, Diagnostics diagnostics) {
      this.config = config;
      this.diagnostics = diagnostics;
    }

    String text(String attribute, String variable,
        Function<String, Optional<String>> check, String fallback) {
      return resolve(attribute, variable, ConfigResolver::nonEmptyText, Function.identity(),
          check, fallback);
    }

    BigDecimal number(String attribute, String variable,
        Function<BigDecimal, Optional<String>> check, BigDecimal fallback) {
      return resolve(attribute, variable, v -> ((CtyValue.Num) v).value(),
          ConfigResolver::parseNumber, check, fallback);
    }

    /**
     * The attribute's value when set, else the environment
     * variable parsed ({@code parse} answers null when it cannot) and checked, else
     * {@code fallback}.
     */
    private <T> T resolve(String attribute, String variable, Function<CtyValue, T> fromAttribute,
        Function<String, T> parse, Function<T, Optional<String>> check, T fallback) {
      CtyValue value = config instanceof CtyValue.ObjectVal object
          ? object.get(attribute)
          : CtyValue.nullOf(CtyType.DYNAMIC);
      if (!value.isKnown()) {
        unknown.add(attribute);
        return fallback;
      }
      T set = value.isNull() ? null : fromAttribute.apply(value);
      if (set == null) {
        return fromEnvironment(variable, parse, check, fallback);
      }
      // Normally caught by validateConfig first; checked again so a bad value never goes on.
      Optional<String> problem = check.apply(set);
      if (problem.isPresent()) {
        report(Diagnostic.error(AttributePath.of(attribute), "Invalid " + attribute,
            problem.get()));
        return fallback;
      }
      return set;
    }

    private <T> T fromEnvironment(String variable, Function<String, T> parse,
        Function<T, Optional<String>> check, T fallback) {
      String text = variable == null ? null : environment.get(variable);
      if (text != null && text.isEmpty() && EMPTY_REFUSED.contains(variable)) {
        report(Diagnostic.error("Invalid environment variable " + variable,
            "`" + variable + "` is set but empty. Unset it to use the default, or give a URL."));
        return fallback;
      }
      if (text == null || text.isEmpty()) {
        return fallback;
      }
      T parsed = parse.apply(text);
      Optional<String> problem = parsed == null
          ? Optional.of("\"" + text + "\" is not a number.")
          : check.apply(parsed);
      if (problem.isPresent()) {
        report(Diagnostic.error("Invalid environment variable " + variable,
            problem.get() + " Correct or unset `" + variable + "`."));
        return fallback;
      }
      return parsed;
    }

    private void report(Diagnostic problem) {
      diagnostics.add(problem);
      if (invalid == null) {
        invalid = problem;
      }
    }
  }
}
