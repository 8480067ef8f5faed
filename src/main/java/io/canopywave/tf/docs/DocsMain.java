package io.canopywave.tf.docs;

import io.canopywave.tf.provider.CanopyWaveProvider;
import io.canopywave.tf.provider.ProviderEnvironment;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes the registry docs of {@link CanopyWaveProvider} into a repository (what
 * {@code scripts/docs} runs), or with {@code --check} only reports whether they are current.
 * The plugin never loads this class, so it costs the provider's start nothing.
 *
 * <p>Usage: {@code DocsMain [--check] <repository root>}. Exits 0 when the docs are (now)
 * current, 1 when examples are missing or, with {@code --check}, the docs differ, 2 on bad
 * usage.
 */
public final class DocsMain {
  private DocsMain() {}

  public static void main(String[] args) throws IOException {
    System.exit(run(List.of(args), System.err));
  }

  static int run(List<String> args, PrintStream err) throws IOException {
    boolean check = args.contains("--check");
    List<String> paths = args.stream().filter(arg -> !arg.equals("--check")).toList();
    if (paths.size() != 1 || paths.getFirst().startsWith("-")) {
      err.println("usage: DocsMain [--check] <repository root>");
      return 2;
    }
    Path root = Path.of(paths.getFirst()).toAbsolutePath().normalize();
    // No environment: schemas do not depend on settings, and nothing here calls the API.
    RenderedDocs docs = RegistryDocs.render(new CanopyWaveProvider(Map.of()),
        ProviderEnvironment.variablesByArgument(), root);
    if (!docs.missingFiles().isEmpty()) {
      err.println(docs.missingFilesReport());
      return 1;
    }
    List<DocsDrift.Difference> differences = DocsDrift.compare(docs.pages(), root);
    if (check) {
      if (!differences.isEmpty()) {
        err.println(DocsDrift.report(differences));
        return 1;
      }
      err.println("docs are up to date (" + docs.pages().size() + " pages)");
      return 0;
    }
    for (DocsDrift.Difference difference : differences) {
      Path file = root.resolve(difference.path());
      if (difference.kind() == DocsDrift.Difference.Kind.STALE) {
        Files.delete(file);
        err.println("removed " + difference.path());
      } else {
        Files.createDirectories(file.getParent());
        Files.writeString(file, docs.pages().get(difference.path()), StandardCharsets.UTF_8);
        err.println("wrote " + difference.path());
      }
    }
    err.println(differences.isEmpty() ? "docs were already up to date"
        : "updated " + differences.size() + " of " + docs.pages().size() + " pages");
    return 0;
  }
}
