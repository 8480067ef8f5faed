package io.canopywave.tf.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.e2e.support.BuildLayout;
import io.canopywave.tf.e2e.support.CommandResult;
import io.canopywave.tf.e2e.support.Commands;
import io.canopywave.tf.e2e.support.OpenTofu;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code scripts/release} packages the build as a zip that OpenTofu and Terraform install from
 * the packed layout of their implied local mirror ({@code ~/.terraform.d/plugins}), as the
 * README tells users to, with no CLI configuration at all.
 */
class ReleaseZipIT {
  private static final Duration LIMIT = Duration.ofMinutes(5);
  private static final String MODULE = """
      terraform {
        required_providers {
          canopywave = {
            source  = "canopywave/canopywave"
            version = "0.1.0"
          }
        }
      }
      """;

  private static Path release;
  private static Path zip;

  @BeforeAll
  static void packageTheBuild() throws IOException {
    release = Files.createTempDirectory(workspaces(), "release-");
    CommandResult packaging = Commands.run(List.of(
            BuildLayout.repositoryRoot().resolve("scripts/release").toString(),
            "--provider-dir", BuildLayout.providerDirectory().toString(),
            "--output", release.toString()),
        BuildLayout.repositoryRoot(), Map.of(), LIMIT);
    assertThat(packaging.succeeded()).as(packaging.describe()).isTrue();
    zip = Path.of(packaging.stdout().strip());
  }

  @Test
  void release_builtProvider_writesTheZipManifestAndChecksums() throws IOException {
    assertThat(zip.getFileName().toString())
        .matches("terraform-provider-canopywave_0\\.1\\.0_linux_(amd64|arm64)\\.zip");
    assertThat(release.resolve("terraform-provider-canopywave_0.1.0_manifest.json"))
        .content().contains("\"protocol_versions\": [\"6.0\"]");
    assertThat(release.resolve("terraform-provider-canopywave_0.1.0_SHA256SUMS")).content()
        .contains("  " + zip.getFileName(), "  terraform-provider-canopywave_0.1.0_manifest.json");
  }

  @Test
  void opentofu_zipInTheImpliedMirror_initsAndReadsTheSchema() throws IOException {
    Path module = moduleWithZipIn("registry.opentofu.org");

    CommandResult init = client(OpenTofu.binary().toString(), module, "init", "-no-color");
    CommandResult schema = client(OpenTofu.binary().toString(), module, "providers", "schema",
        "-json");

    assertThat(init.succeeded()).as(init.describe()).isTrue();
    assertThat(schema.succeeded()).as(schema.describe()).isTrue();
    assertThat(schema.stdout()).contains("registry.opentofu.org/canopywave/canopywave",
        "\"api_key\"");
  }

  @Test
  void terraform_zipInTheImpliedMirror_initsAndReadsTheSchema() throws IOException {
    Path module = moduleWithZipIn("registry.terraform.io");

    CommandResult init = client("terraform", module, "init", "-no-color");
    CommandResult schema = client("terraform", module, "providers", "schema", "-json");

    assertThat(init.succeeded()).as(init.describe()).isTrue();
    assertThat(schema.succeeded()).as(schema.describe()).isTrue();
    assertThat(schema.stdout()).contains("registry.terraform.io/canopywave/canopywave",
        "\"api_key\"");
  }

  /** A module folder whose home/ holds the zip where the README says to put it. */
  private static Path moduleWithZipIn(String registryHost) throws IOException {
    Path module = Files.createTempDirectory(workspaces(), "release-module-");
    Path plugins = Files.createDirectories(module.resolve(
        "home/.terraform.d/plugins/" + registryHost + "/canopywave/canopywave"));
    Files.copy(zip, plugins.resolve(zip.getFileName()));
    Files.writeString(module.resolve("main.tf"), MODULE);
    return module;
  }

  private static CommandResult client(String binary, Path module, String... args) {
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("HOME", module.resolve("home").toString());
    environment.put("TF_CLI_CONFIG_FILE", null);
    environment.put("TF_PLUGIN_CACHE_DIR", null);
    environment.put("TF_DATA_DIR", null);
    environment.put("XDG_DATA_HOME", null);
    environment.put("CHECKPOINT_DISABLE", "1");
    environment.put("TF_IN_AUTOMATION", "1");
    // Reading the schema never calls the API; should anything try, it finds a closed port.
    environment.put("CANOPYWAVE_API_URL", "http://127.0.0.1:9");
    List<String> command = new ArrayList<>(List.of(binary));
    command.addAll(List.of(args));
    return Commands.run(command, module, environment, LIMIT);
  }

  private static Path workspaces() throws IOException {
    return Files.createDirectories(BuildLayout.buildDirectory().resolve("it-workspaces"));
  }
}
