package io.canopywave.tf.docs;

/**
 * The YAML header of a registry page. The description is written as a literal block, so any
 * Markdown in it needs no escaping.
 */
record FrontMatter(String pageTitle, String subcategory, String description) {

  String render() {
    StringBuilder out = new StringBuilder("---\n");
    out.append("page_title: ").append(quoted(pageTitle)).append('\n');
    out.append("subcategory: ").append(quoted(subcategory)).append('\n');
    out.append("description: |-\n");
    for (String line : description.strip().split("\n", -1)) {
      out.append(line.isBlank() ? "" : "  " + line.stripTrailing()).append('\n');
    }
    return out.append("---\n").toString();
  }

  private static String quoted(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
