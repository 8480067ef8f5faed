package io.canopywave.tf.simulator;

import java.util.regex.Pattern;

/**
 * A path pattern of the control API: {@code *} matches within one path segment, {@code **}
 * matches across segments, everything else literally.
 */
final class Glob {
  private final Pattern pattern;

  private Glob(Pattern pattern) {
    this.pattern = pattern;
  }

  static Glob path(String glob) {
    return new Glob(compile(glob, "[^/]*"));
  }

  /** For query values, which have no segments: {@code *} matches anything. */
  static Glob value(String glob) {
    return new Glob(compile(glob, ".*"));
  }

  boolean matches(String text) {
    return text != null && pattern.matcher(text).matches();
  }

  private static Pattern compile(String glob, String star) {
    var regex = new StringBuilder();
    int literalStart = 0;
    for (int i = 0; i < glob.length(); i++) {
      if (glob.charAt(i) != '*') {
        continue;
      }
      regex.append(Pattern.quote(glob.substring(literalStart, i)));
      if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
        regex.append(".*");
        i++;
      } else {
        regex.append(star);
      }
      literalStart = i + 1;
    }
    regex.append(Pattern.quote(glob.substring(literalStart)));
    return Pattern.compile(regex.toString());
  }
}
