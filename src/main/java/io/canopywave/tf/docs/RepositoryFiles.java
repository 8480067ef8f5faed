package io.canopywave.tf.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The examples and templates the pages are made of, read from the repository, and the list of
 * files that a page needed but did not find.
 */
final class RepositoryFiles {
  private final Path root;
  private final List<String> missing = new ArrayList<>();

  RepositoryFiles(Path root) {
    this.root = root;
  }

  /** The file's text without trailing blank lines, or empty when it does not exist. */
  Optional<String> optional(String relativePath) {
    Path file = root.resolve(relativePath);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8).stripTrailing());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The file's text; when it does not exist, notes it as missing and returns empty text. */
  String required(String relativePath) {
    return optional(relativePath).orElseGet(() -> {
      missing.add(relativePath);
      return "";
    });
  }

  /** The paths, relative to the repository, that {@link #required} did not find. */
  List<String> missing() {
    return List.copyOf(missing);
  }
}
