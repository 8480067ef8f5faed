package io.canopywave.tf.provider;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules for provider setting values, shared by validation (attributes) and configuration
 * (environment variables). Each check returns what is wrong, or empty.
 */
final class SettingChecks {
  private static final int MAX_PORT = 65535;

  private SettingChecks() {}

  static Optional<String> apiUrl(String value) {
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      return Optional.of("\"" + value + "\" is not a valid URL: " + e.getReason() + ".");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))
        || uri.getHost() == null) {
      return Optional.of("\"" + value + "\" must be an absolute http or https URL with a host, "
          + "such as " + ProviderSchema.DEFAULT_API_URL + ".");
    }
    if (uri.getPort() > MAX_PORT) {
      return Optional.of("\"" + value + "\" names port " + uri.getPort()
          + ", but ports go up to " + MAX_PORT + ".");
    }
    return Optional.empty();
  }

  static Optional<String> requestsPerSecond(BigDecimal value) {
    if (value.signum() <= 0) {
      return Optional.of("The rate must be a positive number of requests per second, got "
          + value.toPlainString() + ".");
    }
    return Optional.empty();
  }

  static Optional<String> maxRetries(BigDecimal value) {
    if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0) {
      return Optional.of("The retry count must be a whole number, 0 or more, got "
          + value.toPlainString() + ".");
    }
    if (value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      return Optional.of("The retry count " + value.toPlainString() + " is too large.");
    }
    return Optional.empty();
  }
}
