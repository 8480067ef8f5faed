package io.canopywave.tf.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command scripts/docs runs, on a copy of the repository's examples and templates. */
class DocsMainTest {
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void run_freshCopy_writesThePagesThenCheckPasses(@TempDir Path root) throws IOException {
    copyInputs(root);

    int written = run(root.toString());
    int checked = run("--check", root.toString());

    assertThat(written).as(output()).isZero();
    assertThat(Files.readString(root.resolve("docs/index.md"))).contains("# Canopy Wave Provider");
    assertThat(checked).as(output()).isZero();
    assertThat(output()).contains("wrote docs/index.md", "docs are up to date");
  }

  @Test
  void run_checkAfterAnEditAndAStalePage_failsThenRegeneratingRepairsBoth(@TempDir Path root)
      throws IOException {
    copyInputs(root);
    run(root.toString());
    Files.writeString(root.resolve("docs/index.md"), "edited by hand\n");
    DocsFixture.write(root, "docs/resources/retired.md", "# gone\n");

    int failedCheck = run("--check", root.toString());
    String report = output();
    int repaired = run(root.toString());

    assertThat(failedCheck).isEqualTo(1);
    assertThat(report).contains("docs/index.md differs", "docs/resources/retired.md",
        "scripts/docs");
    assertThat(repaired).isZero();
    assertThat(root.resolve("docs/resources/retired.md")).doesNotExist();
    assertThat(run("--check", root.toString())).isZero();
  }

  @Test
  void run_noExamples_failsNamingTheMissingFilesAndWritesNothing(@TempDir Path root)
      throws IOException {
    int status = run(root.toString());

    assertThat(status).isEqualTo(1);
    assertThat(output()).contains("examples/provider/provider.tf", "templates/index.md");
    assertThat(root.resolve("docs")).doesNotExist();
  }

  @Test
  void run_badArguments_printsUsageAndExits2() throws IOException {
    assertThat(run()).isEqualTo(2);
    assertThat(run("--verbose")).isEqualTo(2);
    assertThat(output()).contains("usage: DocsMain [--check] <repository root>");
  }

  private int run(String... args) throws IOException {
    try (PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      return DocsMain.run(List.of(args), stream);
    }
  }

  private String output() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** The real examples and templates, without the committed docs. */
  private static void copyInputs(Path root) throws IOException {
    Path repository = RepositoryRoot.find();
    for (String folder : List.of("examples", "templates")) {
      Path source = repository.resolve(folder);
      try (Stream<Path> files = Files.walk(source)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          Path target = root.resolve(folder).resolve(source.relativize(file));
          Files.createDirectories(target.getParent());
          Files.copy(file, target);
        }
      }
    }
  }
}
