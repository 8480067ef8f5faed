package io.canopywave.tf.plugin.log;

import java.util.Locale;
import java.util.Optional;

/** hclog's levels, lowest first; {@link #label} is what goes into {@code @level}. */
public enum Level {
  TRACE,
  DEBUG,
  INFO,
  WARN,
  ERROR;

  private final String label = name().toLowerCase(Locale.ROOT);

  public String label() {
    return label;
  }

  public boolean includes(Level other) {
    return other.ordinal() >= ordinal();
  }

  /** Parses a level name as TF_LOG spells it, in any case; empty when it is not a level name. */
  public static Optional<Level> named(String text) {
    return switch (text.trim().toUpperCase(Locale.ROOT)) {
      case "TRACE" -> Optional.of(TRACE);
      case "DEBUG" -> Optional.of(DEBUG);
      case "INFO" -> Optional.of(INFO);
      case "WARN", "WARNING" -> Optional.of(WARN);
      case "ERROR" -> Optional.of(ERROR);
      default -> Optional.empty();
    };
  }
}
