package io.canopywave.tf.docs;

/** Small pieces every generated page is built from. */
final class Pages {
  static final String PROVIDER_NAME = "canopywave";
  static final String TYPE_PREFIX = PROVIDER_NAME + "_";

  private Pages() {}

  /** The type name without the provider prefix: the page's file name. */
  static String shortName(String typeName) {
    return typeName.startsWith(TYPE_PREFIX) ? typeName.substring(TYPE_PREFIX.length())
        : typeName;
  }

  static String firstParagraph(String markdown) {
    String text = markdown.strip();
    int end = text.indexOf("\n\n");
    return end < 0 ? text : text.substring(0, end).strip();
  }

  /** Appends a block of Markdown followed by a blank line; blank text appends nothing. */
  static void paragraph(StringBuilder out, String markdown) {
    if (!markdown.isBlank()) {
      out.append(markdown.strip()).append("\n\n");
    }
  }

  static void fenced(StringBuilder out, String language, String code) {
    out.append("```").append(language).append('\n').append(code.stripTrailing())
        .append("\n```\n\n");
  }

  /** The page with exactly one newline at its end. */
  static String finish(StringBuilder out) {
    return out.toString().stripTrailing() + "\n";
  }
}
