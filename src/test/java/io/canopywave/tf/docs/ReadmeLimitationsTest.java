package io.canopywave.tf.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's Limitations section names every file of the product that states a shortcoming
 * in a {@code Limitation:} comment, and names no file that has none (any more).
 */
class ReadmeLimitationsTest {
  private static final String MARKER = "Limitation:";
  private static final List<String> PRODUCT_FOLDERS = List.of("src/main", "scripts");
  private static final Pattern NAMED_FILE =
      Pattern.compile("`((?:scripts/)?[\\w.-]+(?:\\.java)?)`\\)");

  @Test
  void limitationsSection_comparedWithTheCode_namesExactlyTheFilesWithLimitations()
      throws IOException {
    Path root = RepositoryRoot.find();
    Set<String> withLimitations = filesWithLimitations(root);
    Set<String> named = namedFiles(limitationsSection(root));

    Set<String> unnamed = new TreeSet<>(withLimitations);
    unnamed.removeAll(named);
    Set<String> stale = new TreeSet<>(named);
    stale.removeAll(withLimitations);

    assertThat(withLimitations).as("files with a %s comment", MARKER).isNotEmpty();
    assertThat(unnamed).as("files with a %s comment that README.md's Limitations section does"
        + " not name in the form (`File.java`): describe their limitation there", MARKER)
        .isEmpty();
    assertThat(stale).as("files README.md's Limitations section names that have no %s comment",
        MARKER).isEmpty();
  }

  /** Java files by file name, scripts by their path from the repository root. */
  private static Set<String> filesWithLimitations(Path root) throws IOException {
    Set<String> files = new TreeSet<>();
    for (String folder : PRODUCT_FOLDERS) {
      try (Stream<Path> paths = Files.walk(root.resolve(folder))) {
        for (Path file : paths.filter(Files::isRegularFile).toList()) {
          if (Files.readString(file).contains(MARKER)) {
            String name = file.getFileName().toString();
            files.add(name.endsWith(".java") ? name : root.relativize(file).toString());
          }
        }
      }
    }
    return files;
  }

  private static String limitationsSection(Path root) throws IOException {
    String readme = Files.readString(root.resolve("README.md"));
    int start = readme.indexOf("\n## Limitations\n");
    assertThat(start).as("README.md has a Limitations section").isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  private static Set<String> namedFiles(String section) {
    Set<String> named = new TreeSet<>();
    Matcher matcher = NAMED_FILE.matcher(section);
    while (matcher.find()) {
      named.add(matcher.group(1));
    }
    return named;
  }
}
