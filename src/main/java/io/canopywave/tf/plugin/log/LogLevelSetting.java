package io.canopywave.tf.plugin.log;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the lowest level written, from the variables the client passes down.
 *
 * <p>The first non-empty one of {@code TF_LOG_PROVIDER_CANOPYWAVE}, {@code TF_LOG_PROVIDER} and
 * {@code TF_LOG} decides. A level name selects that level. {@code OFF}, or none of the variables,
 * keeps only warnings and errors: the client discards provider output then, so the rest would be
 * wasted work. Any other value ({@code JSON}, {@code 1}, {@code true}) means trace, as the client
 * itself reads an unrecognised TF_LOG value.
 */
public final class LogLevelSetting {
  static final List<String> VARIABLES =
      List.of("TF_LOG_PROVIDER_CANOPYWAVE", "TF_LOG_PROVIDER", "TF_LOG");
  static final Level QUIET = Level.WARN;

  private LogLevelSetting() {}

  public static Level fromEnvironment(Map<String, String> environment) {
    return VARIABLES.stream()
        .map(environment::get)
        .filter(value -> value != null && !value.isBlank())
        .findFirst()
        .map(LogLevelSetting::parse)
        .orElse(QUIET);
  }

  static Level parse(String value) {
    if (value.trim().equalsIgnoreCase("OFF")) {
      return QUIET;
    }
    Optional<Level> named = Level.named(value);
    return named.orElse(Level.TRACE);
  }
}
