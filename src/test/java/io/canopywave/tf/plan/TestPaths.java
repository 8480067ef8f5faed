package io.canopywave.tf.plan;

import io.canopywave.tf.schema.AttributePath;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads paths in Terraform's notation, {@code disk[1].size} or {@code mount["data"].path}. */
public final class TestPaths {
  private static final Pattern STEP =
      Pattern.compile("\\.?([a-z0-9_]+)|\\[(\\d+)]|\\[\"([^\"]*)\"]");

  private TestPaths() {}

  /** The path {@code text} names; the empty text is the root. */
  public static AttributePath parse(String text) {
    AttributePath path = AttributePath.ROOT;
    Matcher matcher = STEP.matcher(text);
    int end = 0;
    while (matcher.find() && matcher.start() == end) {
      if (matcher.group(1) != null) {
        path = path.attribute(matcher.group(1));
      } else if (matcher.group(2) != null) {
        path = path.index(Long.parseLong(matcher.group(2)));
      } else {
        path = path.key(matcher.group(3));
      }
      end = matcher.end();
    }
    if (end != text.length()) {
      throw new IllegalArgumentException("not a path: " + text);
    }
    return path;
  }
}
