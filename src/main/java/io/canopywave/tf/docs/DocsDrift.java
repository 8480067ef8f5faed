package io.canopywave.tf.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;

/**
 * Compares rendered pages with the files in a repository: pages missing or different on disk,
 * and stale pages in the generated folders that no type renders any more.
 */
public final class DocsDrift {
  /** The folders whose every Markdown file is generated; other files under docs/ are not. */
  static final List<String> GENERATED_FOLDERS =
      List.of("docs/" + PageKind.RESOURCE.folder, "docs/" + PageKind.DATA_SOURCE.folder);

  /** One page that is not what the generator renders. */
  public record Difference(String path, Kind kind, String detail) {
    public enum Kind {
      MISSING,
      CHANGED,
      STALE
    }

    String describe() {
      return switch (kind) {
        case MISSING -> path + " does not exist";
        case CHANGED -> path + " differs from the generated page (" + detail + ")";
        case STALE -> path + " documents no type the provider has";
      };
    }
  }

  private DocsDrift() {}

  public static List<Difference> compare(SortedMap<String, String> pages, Path repositoryRoot) {
    List<Difference> differences = new ArrayList<>();
    for (Map.Entry<String, String> page : pages.entrySet()) {
      Path file = repositoryRoot.resolve(page.getKey());
      if (!Files.isRegularFile(file)) {
        differences.add(new Difference(page.getKey(), Difference.Kind.MISSING, ""));
        continue;
      }
      String onDisk = read(file);
      if (!onDisk.equals(page.getValue())) {
        differences.add(new Difference(page.getKey(), Difference.Kind.CHANGED,
            firstDifference(onDisk, page.getValue())));
      }
    }
    for (String stale : stalePages(pages, repositoryRoot)) {
      differences.add(new Difference(stale, Difference.Kind.STALE, ""));
    }
    return differences;
  }

  /** Generated-folder pages on disk that the rendering does not contain. */
  static List<String> stalePages(SortedMap<String, String> pages, Path repositoryRoot) {
    List<String> stale = new ArrayList<>();
    for (String folder : GENERATED_FOLDERS) {
      Path directory = repositoryRoot.resolve(folder);
      if (!Files.isDirectory(directory)) {
        continue;
      }
      try (Stream<Path> entries = Files.list(directory)) {
        entries.filter(path -> path.getFileName().toString().endsWith(".md")).sorted()
            .map(path -> folder + "/" + path.getFileName())
            .filter(path -> !pages.containsKey(path))
            .forEach(stale::add);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + directory, e);
      }
    }
    return stale;
  }

  /** What a developer reads when the docs are out of date: which files, and what to run. */
  public static String report(List<Difference> differences) {
    StringBuilder out = new StringBuilder(
        "The generated docs are out of date with the provider's schemas or examples:\n");
    differences.forEach(d -> out.append("  ").append(d.describe()).append('\n'));
    return out.append("Regenerate them with scripts/docs and commit the result.").toString();
  }

  private static String firstDifference(String onDisk, String rendered) {
    List<String> diskLines = onDisk.lines().toList();
    List<String> renderedLines = rendered.lines().toList();
    int common = Math.min(diskLines.size(), renderedLines.size());
    for (int i = 0; i < common; i++) {
      if (!diskLines.get(i).equals(renderedLines.get(i))) {
        return "line " + (i + 1) + ": committed \"" + clip(diskLines.get(i))
            + "\", generated \"" + clip(renderedLines.get(i)) + "\"";
      }
    }
    int extra = diskLines.size() - renderedLines.size();
    if (extra > 0) {
      return "committed " + extra + " more line(s) than generated";
    }
    if (extra < 0) {
      return "generated " + -extra + " more line(s) than committed";
    }
    return "line endings or the final newline";
  }

  private static String clip(String line) {
    return line.length() <= 80 ? line : line.substring(0, 77) + "...";
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
