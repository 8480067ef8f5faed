package io.canopywave.tf.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.e2e.support.CommandResult;
import io.canopywave.tf.e2e.support.ExampleFolders;
import io.canopywave.tf.e2e.support.TofuWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every module under {@code examples/} passes {@code tofu init} and {@code tofu validate} with
 * the built provider, and is formatted as {@code tofu fmt} writes it. One test per folder, so
 * a failure names the folder.
 */
class ExamplesValidateIT {
  /**
   * Resource and data source examples leave out the provider source, as registry examples do;
   * without it tofu would look for hashicorp/canopywave. Only added where a folder has none.
   */
  private static final String PROVIDER_SOURCE = """
      terraform {
        required_providers {
          canopywave = {
            source = "canopywave/canopywave"
          }
        }
      }
      """;

  @Test
  void examples_inTheRepository_includeTheProviderAndTheQuickstart() {
    List<Path> modules = ExampleFolders.modules();
    Path root = ExampleFolders.examplesRoot();

    assertThat(modules).contains(root.resolve("provider"), root.resolve("quickstart"));
  }

  @TestFactory
  Stream<DynamicTest> validate_everyExampleFolder_succeeds() {
    Path root = ExampleFolders.examplesRoot();
    return ExampleFolders.modules().stream().map(folder -> DynamicTest.dynamicTest(
        "examples/" + root.relativize(folder), () -> validates(folder)));
  }

  private static void validates(Path folder) throws Exception {
    String label = "examples/" + ExampleFolders.examplesRoot().relativize(folder);
    TofuWorkspace workspace = ExampleFolders.copyInto(folder,
        TofuWorkspace.create("example-" + folder.getFileName())
            // validate never calls the API; should anything try, it finds a closed local port.
            .withEnvironment("CANOPYWAVE_API_URL", "http://127.0.0.1:9"));
    CommandResult format = workspace.run("fmt", "-check", "-diff", "-no-color");
    if (!declaresProviderSource(folder)) {
      workspace.write("zz_provider_source_for_validate.tf", PROVIDER_SOURCE);
    }
    CommandResult init = workspace.run("init", "-no-color", "-input=false");
    assertThat(init.succeeded()).as("tofu init of %s\n%s", label, init.describe()).isTrue();
    CommandResult validate = workspace.run("validate", "-no-color");

    assertThat(validate.succeeded()).as("tofu validate of %s\n%s", label, validate.describe())
        .isTrue();
    assertThat(validate.stdout()).contains("The configuration is valid");
    assertThat(format.succeeded())
        .as("%s is not formatted as `tofu fmt` writes it\n%s", label, format.describe())
        .isTrue();
  }

  private static boolean declaresProviderSource(Path folder) throws Exception {
    for (Path file : ExampleFolders.terraformFiles(folder)) {
      if (Files.readString(file).contains("required_providers")) {
        return true;
      }
    }
    return false;
  }
}
