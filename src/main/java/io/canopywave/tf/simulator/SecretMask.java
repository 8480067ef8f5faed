package io.canopywave.tf.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Replaces secret fields of a logged request body, at any depth, with {@code ***}. */
final class SecretMask {
  static final String MASK = "***";
  static final int MAX_LOGGED_CHARS = 16 * 1024;
  private static final Set<String> SECRET_FIELDS =
      Set.of("password", "privatekey", "private_key", "apikey", "api_key", "secret", "token");

  private SecretMask() {}

  /**
   * The parsed body with secrets masked; unparseable or very long text is summarised, never
   * kept, which also bounds the memory of a full request log.
   */
  static Object maskedBody(String body) {
    if (body.isEmpty()) {
      return null;
    }
    if (body.length() > MAX_LOGGED_CHARS) {
      return "(" + body.length() + " characters, too long to log)";
    }
    try {
      return mask(Json.parse(body));
    } catch (Json.MalformedJsonException e) {
      return "(" + body.length() + " characters, not JSON)";
    }
  }

  static Object mask(Object value) {
    return switch (value) {
      case Map<?, ?> map -> {
        var masked = new LinkedHashMap<String, Object>();
        for (var entry : map.entrySet()) {
          String key = String.valueOf(entry.getKey());
          boolean secret = SECRET_FIELDS.contains(key.toLowerCase(Locale.ROOT));
          masked.put(key, secret && entry.getValue() != null ? MASK : mask(entry.getValue()));
        }
        yield masked;
      }
      case List<?> list -> {
        var masked = new ArrayList<Object>();
        list.forEach(item -> masked.add(mask(item)));
        yield masked;
      }
      case null, default -> value;
    };
  }
}
