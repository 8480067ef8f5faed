package io.canopywave.tf.docs;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The generated pages by path relative to the repository ({@code docs/index.md}, ...), and the
 * example or template files they needed but did not find.
 */
public record RenderedDocs(SortedMap<String, String> pages, List<String> missingFiles) {

  public RenderedDocs {
    pages = Collections.unmodifiableSortedMap(new TreeMap<>(pages));
    missingFiles = List.copyOf(missingFiles);
  }

  /** The problem to report when files are missing, or empty text when none are. */
  public String missingFilesReport() {
    if (missingFiles.isEmpty()) {
      return "";
    }
    return "The docs need these files, which do not exist:\n"
        + String.join("\n", missingFiles.stream().map(path -> "  " + path).toList())
        + "\nWrite them (see the other folders under examples/ for the form), then run"
        + " scripts/docs.";
  }
}
