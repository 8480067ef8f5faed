package io.canopywave.tf.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.e2e.support.BuildLayout;
import io.canopywave.tf.e2e.support.ProviderProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The launcher script finds its jars and a usable Java however it is reached. */
class LauncherScriptIT {
  private static final Duration START_LIMIT = Duration.ofSeconds(60);

  private static Map<String, String> plaintextLaunch() {
    Map<String, String> env = new HashMap<>();
    env.put(
        "TF_PLUGIN_MAGIC_COOKIE",
        "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2");
    env.put("PLUGIN_PROTOCOL_VERSIONS", "6");
    // These tests are about the JVM the launcher starts itself, not a spare it hands over to.
    env.put("CANOPYWAVE_SPARES", "0");
    return env;
  }

  private static Optional<String> handshakeThrough(Path launcher, Map<String, String> env) {
    try (ProviderProcess provider = ProviderProcess.start(launcher, List.of(), env)) {
      return provider.nextStdoutLine(START_LIMIT);
    }
  }

  @Test
  void launcher_reachedThroughSymbolicLink_findsItsLibraries() throws Exception {
    Path links = Files.createTempDirectory(BuildLayout.buildDirectory(), "launcher-link-");
    Path link = Files.createSymbolicLink(links.resolve("provider"), BuildLayout.launcher());

    assertThat(handshakeThrough(link, plaintextLaunch()))
        .hasValueSatisfying(line -> assertThat(line).startsWith("1|6|tcp|127.0.0.1:"));
  }

  @Test
  void launcher_interruptWhileTheJvmStarts_isIgnoredAndTheHandshakeFollows() throws Exception {
    try (ProviderProcess provider =
        ProviderProcess.start(BuildLayout.launcher(), List.of(), plaintextLaunch())) {
      // Once the script has become the JVM, Ctrl-C in the terminal reaches a JVM still starting.
      awaitExecOfJava(provider);
      provider.signal("INT");

      assertThat(provider.nextStdoutLine(START_LIMIT))
          .hasValueSatisfying(line -> assertThat(line).startsWith("1|6|tcp|127.0.0.1:"));
      assertThat(provider.handle().isAlive()).isTrue();
    }
  }

  private static void awaitExecOfJava(ProviderProcess provider) throws InterruptedException {
    Instant deadline = Instant.now().plus(START_LIMIT);
    while (Instant.now().isBefore(deadline)) {
      boolean java = provider.handle().info().command()
          .map(command -> command.endsWith("/java")).orElse(false);
      if (java) {
        return;
      }
      Thread.sleep(1);
    }
    throw new AssertionError("the launcher did not exec Java within " + START_LIMIT);
  }

  @Test
  void launcher_javaHomeOfAnOldJava_isPassedOverForJava25() throws Exception {
    Path oldJava = Files.createTempDirectory(BuildLayout.buildDirectory(), "old-java-");
    Files.createDirectories(oldJava.resolve("bin"));
    Path fakeJava = oldJava.resolve("bin/java");
    // A runtime that would fail loudly if it were chosen.
    Files.writeString(fakeJava, "#!/bin/sh\necho 'wrong java chosen'\nexit 3\n");
    fakeJava.toFile().setExecutable(true);
    Files.writeString(oldJava.resolve("release"), "JAVA_VERSION=\"17.0.9\"\n");
    Map<String, String> env = plaintextLaunch();
    env.put("JAVA_HOME", oldJava.toString());

    assertThat(handshakeThrough(BuildLayout.launcher(), env))
        .hasValueSatisfying(line -> assertThat(line).startsWith("1|6|tcp|"));
  }

  @Test
  void launcher_copyUnderANonAsciiPath_startsUnderTheCLocale() throws Exception {
    Path work = Files.createTempDirectory(BuildLayout.buildDirectory(), "non-ascii-");
    // Made by the shell, byte by byte, whatever this JVM's own locale would make of the name.
    String script = """
        set -eu
        copy="$1/"$'pr\\xc3\\xb6vider \\xe2\\x98\\x83'
        mkdir "$copy"
        cp -R "$2/terraform-provider-canopywave" "$2/lib" "$copy/"
        export LC_ALL=C CANOPYWAVE_AOT=off CANOPYWAVE_SPARES=0 PLUGIN_PROTOCOL_VERSIONS=6
        export TF_PLUGIN_MAGIC_COOKIE=$3
        "$copy/terraform-provider-canopywave" </dev/null >"$1/handshake" 2>"$1/stderr" &
        provider=$!
        for _ in $(seq 600); do
          [ -s "$1/handshake" ] || ! kill -0 "$provider" 2>/dev/null && break
          sleep 0.1
        done
        kill "$provider" 2>/dev/null || true
        wait "$provider" 2>/dev/null || true
        cat "$1/handshake"
        """;
    Process bash = new ProcessBuilder("bash", "-c", script, "bash", work.toString(),
        BuildLayout.launcher().getParent().toString(),
        plaintextLaunch().get("TF_PLUGIN_MAGIC_COOKIE")).start();
    String handshake = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(bash.waitFor(START_LIMIT.toSeconds() + 30, TimeUnit.SECONDS)).isTrue();
    assertThat(handshake).as("stderr: %s", Files.readString(work.resolve("stderr")))
        .startsWith("1|6|tcp|127.0.0.1:");
  }
}
