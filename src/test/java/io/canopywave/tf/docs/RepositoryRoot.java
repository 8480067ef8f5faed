package io.canopywave.tf.docs;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout the tests run in: the nearest folder upwards holding pom.xml and scripts/. */
final class RepositoryRoot {
  private RepositoryRoot() {}

  static Path find() {
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("pom.xml"))
          && Files.isDirectory(dir.resolve("scripts"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no repository root above " + start);
  }
}
