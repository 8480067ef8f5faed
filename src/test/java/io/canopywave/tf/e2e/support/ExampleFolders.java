package io.canopywave.tf.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The folders under {@code examples/} that hold a module, and copying one into a workspace. */
public final class ExampleFolders {
  private ExampleFolders() {}

  public static Path examplesRoot() {
    return BuildLayout.repositoryRoot().resolve("examples");
  }

  /** Every folder below {@code examples/} with at least one {@code .tf} file, sorted. */
  public static List<Path> modules() {
    try (Stream<Path> paths = Files.walk(examplesRoot())) {
      return paths.filter(Files::isDirectory).filter(ExampleFolders::holdsTerraform).sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code .tf} files of {@code folder} (not of its sub-folders), sorted by name. */
  public static List<Path> terraformFiles(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(file -> file.getFileName().toString().endsWith(".tf"))
          .filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the {@code .tf} files of {@code folder} into the workspace under the same names. */
  public static TofuWorkspace copyInto(Path folder, TofuWorkspace workspace) {
    for (Path file : terraformFiles(folder)) {
      try {
        workspace.write(file.getFileName().toString(), Files.readString(file));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return workspace;
  }

  private static boolean holdsTerraform(Path folder) {
    return !terraformFiles(folder).isEmpty();
  }
}
