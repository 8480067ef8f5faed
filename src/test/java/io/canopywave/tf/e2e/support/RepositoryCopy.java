package io.canopywave.tf.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A copy of the checkout as a fresh clone would have it: the files git tracks plus the new
 * ones it does not ignore, as they are in the working tree, without build output or tools.
 */
public final class RepositoryCopy {
  private RepositoryCopy() {}

  /** Copies the checkout into a new folder under {@code target/it-workspaces/}. */
  public static Path create(String name) {
    Path source = BuildLayout.repositoryRoot();
    CommandResult listing = Commands.run(
        List.of("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"),
        source, Map.of(), Duration.ofMinutes(1));
    if (!listing.succeeded()) {
      throw new AssertionError("cannot list the repository's files\n" + listing.describe());
    }
    try {
      Path parent = Files.createDirectories(
          BuildLayout.buildDirectory().resolve("it-workspaces"));
      Path copy = Files.createTempDirectory(parent, name + "-");
      for (String relative : listing.stdout().split("\0")) {
        Path file = source.resolve(relative);
        // A tracked file deleted in the working tree is not part of what is tested.
        if (relative.isEmpty() || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        Path target = copy.resolve(relative);
        Files.createDirectories(target.getParent());
        Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
      }
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
