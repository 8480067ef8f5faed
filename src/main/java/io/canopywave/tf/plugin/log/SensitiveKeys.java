package io.canopywave.tf.plugin.log;

import java.util.Locale;
import java.util.Set;

/** Field names whose values are masked whatever they hold. */
final class SensitiveKeys {
  private static final Set<String> EXACT = Set.of("authorization", "apikey", "privatekey");
  private static final String[] PARTS = {"password", "secret", "token"};

  private SensitiveKeys() {}

  /** Ignores case, dashes and underscores: {@code api_key}, {@code Api-Key}, {@code apiKey}. */
  static boolean isSensitive(String key) {
    String folded = key.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    if (EXACT.contains(folded)) {
      return true;
    }
    for (String part : PARTS) {
      if (folded.contains(part)) {
        return true;
      }
    }
    return false;
  }
}
