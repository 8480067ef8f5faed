package io.canopywave.tf.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.e2e.support.BuildLayout;
import io.canopywave.tf.e2e.support.CommandResult;
import io.canopywave.tf.e2e.support.Commands;
import io.canopywave.tf.e2e.support.OpenTofu;
import io.canopywave.tf.e2e.support.TofuWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/release builds the registry's zip with a bundled Java runtime; OpenTofu installs it
 * from a packed filesystem mirror and plans with it, with no JDK of the machine in reach; and
 * OpenTofu and Terraform both install it from their implied plugin folder, as the README says.
 */
class ReleaseZipIT {
  private static final Duration RELEASE_LIMIT = Duration.ofMinutes(15);
  private static final String VERSION = "0.1.0";
  private static final String ZIP = "terraform-provider-canopywave_" + VERSION + "_linux_amd64.zip";

  private static final Duration CLIENT_LIMIT = Duration.ofMinutes(5);
  private static final String MODULE = """
      terraform {
        required_providers {
          canopywave = { source = "canopywave/canopywave", version = "%s" }
        }
      }
      """.formatted(VERSION);

  @TempDir static Path release;
  @TempDir Path scratch;

  @BeforeAll
  static void packageTheBuild() {
    Path root = BuildLayout.repositoryRoot();
    CommandResult packaging =
        Commands.run(
            List.of(root.resolve("scripts/release").toString(), "--no-build", "--output",
                release.toString()),
            root, Map.of(), RELEASE_LIMIT);
    assertThat(packaging.succeeded()).as(packaging.describe()).isTrue();
  }

  @Test
  void release_zipInPackedMirror_tofuInitsAndPlansWithTheBundledRuntime() throws Exception {
    Path root = BuildLayout.repositoryRoot();
    assertThat(release.resolve("terraform-provider-canopywave_" + VERSION + "_manifest.json"))
        .hasContent(Files.readString(root.resolve("terraform-registry-manifest.json")));
    assertThat(Files.readString(
            release.resolve("terraform-provider-canopywave_" + VERSION + "_SHA256SUMS")))
        .containsPattern("[0-9a-f]{64}  " + ZIP.replace(".", "\\."));

    Path mirror = scratch.resolve("mirror");
    Path packageDir =
        Files.createDirectories(mirror.resolve("registry.opentofu.org/canopywave/canopywave"));
    Files.copy(release.resolve(ZIP), packageDir.resolve(ZIP));
    Path cliConfig = scratch.resolve("mirror.tofurc");
    Files.writeString(cliConfig, """
        provider_installation {
          filesystem_mirror {
            path    = "%s"
            include = ["registry.opentofu.org/canopywave/canopywave"]
          }
        }
        """.formatted(mirror));
    TofuWorkspace module =
        TofuWorkspace.create("release-zip")
            .withEnvironment("TF_CLI_CONFIG_FILE", cliConfig.toString())
            // The launcher must take the runtime inside the zip, not a JDK of this machine.
            .withEnvironment("JAVA_HOME", "/nonexistent-java-home")
            .withEnvironment("XDG_CACHE_HOME", scratch.resolve("user-cache").toString())
            .write("main.tf", """
                terraform {
                  required_providers {
                    canopywave = { source = "canopywave/canopywave", version = "%s" }
                  }
                }

                provider "canopywave" {
                  api_url = "http://127.0.0.1:9/api/v1"
                  api_key = "release-test-key"
                }
                """.formatted(VERSION));

    CommandResult init = module.run("init", "-input=false", "-no-color");
    CommandResult plan = module.run("plan", "-input=false", "-no-color");

    assertThat(init.succeeded()).as(init.describe()).isTrue();
    assertThat(plan.succeeded()).as(plan.describe()).isTrue();
    assertThat(plan.stdout()).contains("No changes");
    try (Stream<Path> files = Files.walk(module.directory().resolve(".terraform/providers"))) {
      assertThat(files.map(Path::toString))
          .anyMatch(path -> path.endsWith("/runtime/bin/java"))
          .anyMatch(path -> path.endsWith("/terraform-provider-canopywave_v" + VERSION));
    }
  }

  @Test
  void implied_zipCopiedIntoTheUsersPluginFolder_opentofuInstallsIt() throws Exception {
    Path module = moduleWithZipInPluginFolder("registry.opentofu.org");

    CommandResult init = client(OpenTofu.binary().toString(), module, "init", "-no-color");
    CommandResult schema =
        client(OpenTofu.binary().toString(), module, "providers", "schema", "-json");

    assertThat(init.succeeded()).as(init.describe()).isTrue();
    assertThat(schema.succeeded()).as(schema.describe()).isTrue();
    assertThat(schema.stdout())
        .contains("\"registry.opentofu.org/canopywave/canopywave\"", "\"api_key\"");
  }

  @Test
  void implied_zipCopiedIntoTheUsersPluginFolder_terraformInstallsIt() throws Exception {
    Path module = moduleWithZipInPluginFolder("registry.terraform.io");

    CommandResult init = client("terraform", module, "init", "-no-color");
    CommandResult schema = client("terraform", module, "providers", "schema", "-json");

    assertThat(init.succeeded()).as(init.describe()).isTrue();
    assertThat(schema.succeeded()).as(schema.describe()).isTrue();
    assertThat(schema.stdout())
        .contains("\"registry.terraform.io/canopywave/canopywave\"", "\"api_key\"");
  }

  /**
   * A module and a home folder whose {@code .terraform.d/plugins} holds the zip in the
   * registry's layout, as the README's installation steps leave it.
   */
  private Path moduleWithZipInPluginFolder(String registryHost) throws Exception {
    Path module = Files.createDirectories(scratch.resolve("module"));
    Path plugins = Files.createDirectories(scratch.resolve(
        "home/.terraform.d/plugins/" + registryHost + "/canopywave/canopywave"));
    Files.copy(release.resolve(ZIP), plugins.resolve(ZIP));
    Files.writeString(module.resolve("main.tf"), MODULE);
    return module;
  }

  /** The client run with that home and no CLI configuration of its own. */
  private CommandResult client(String binary, Path module, String... args) {
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("HOME", scratch.resolve("home").toString());
    environment.put("TF_CLI_CONFIG_FILE", null);
    environment.put("TF_PLUGIN_CACHE_DIR", null);
    environment.put("TF_DATA_DIR", null);
    environment.put("XDG_DATA_HOME", null);
    environment.put("XDG_CACHE_HOME", scratch.resolve("cache").toString());
    environment.put("CHECKPOINT_DISABLE", "1");
    environment.put("TF_IN_AUTOMATION", "1");
    // Reading the schema never calls the API; should anything try, it finds a closed port.
    environment.put("CANOPYWAVE_API_URL", "http://127.0.0.1:9/api/v1");
    List<String> command = new ArrayList<>(List.of(binary));
    command.addAll(List.of(args));
    return Commands.run(command, module, environment, CLIENT_LIMIT);
  }
}
