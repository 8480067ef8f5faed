package io.canopywave.tf.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.e2e.support.BuildLayout;
import io.canopywave.tf.e2e.support.CommandResult;
import io.canopywave.tf.e2e.support.Commands;
import io.canopywave.tf.e2e.support.TofuWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/release builds the registry's zip with a bundled Java runtime; OpenTofu installs it
 * from a packed filesystem mirror and plans with it, with no JDK of the machine in reach.
 */
class ReleaseZipIT {
  private static final Duration RELEASE_LIMIT = Duration.ofMinutes(15);
  private static final String VERSION = "0.1.0";
  private static final String ZIP = "terraform-provider-canopywave_" + VERSION + "_linux_amd64.zip";

  @TempDir Path scratch;

  @Test
  void release_zipInPackedMirror_tofuInitsAndPlansWithTheBundledRuntime() throws Exception {
    Path root = BuildLayout.repositoryRoot();
    Path output = scratch.resolve("release");
    CommandResult release =
        Commands.run(
            List.of(root.resolve("scripts/release").toString(), "--no-build", "--output",
                output.toString()),
            root, Map.of(), RELEASE_LIMIT);
    assertThat(release.succeeded()).as(release.describe()).isTrue();
    assertThat(output.resolve("terraform-provider-canopywave_" + VERSION + "_manifest.json"))
        .hasContent(Files.readString(root.resolve("terraform-registry-manifest.json")));
    assertThat(Files.readString(
            output.resolve("terraform-provider-canopywave_" + VERSION + "_SHA256SUMS")))
        .containsPattern("[0-9a-f]{64}  " + ZIP.replace(".", "\\."));

    Path mirror = scratch.resolve("mirror");
    Path packageDir =
        Files.createDirectories(mirror.resolve("registry.opentofu.org/canopywave/canopywave"));
    Files.copy(output.resolve(ZIP), packageDir.resolve(ZIP));
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
}
