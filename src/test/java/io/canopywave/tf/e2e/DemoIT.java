package io.canopywave.tf.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.e2e.support.CommandResult;
import io.canopywave.tf.e2e.support.Commands;
import io.canopywave.tf.e2e.support.OpenTofu;
import io.canopywave.tf.e2e.support.RepositoryCopy;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code scripts/demo}, the project's main job, run end to end in a copy of the checkout as a
 * new user would run it: build, OpenTofu, simulator, mirror, init, apply, plan, destroy.
 */
class DemoIT {
  /** A cold build of the copy on a busy two-core machine takes several minutes. */
  private static final Duration DEMO_LIMIT = Duration.ofMinutes(30);

  private static final Pattern SIMULATOR_LINE =
      Pattern.compile("==> simulator: (http://127\\.0\\.0\\.1:\\d+/api/v1), control API (\\S+)");
  private static final Pattern WORKSPACE_LINE =
      Pattern.compile("==> copying examples/quickstart to (\\S+)/quickstart");
  private static final Pattern KEPT_PID = Pattern.compile("Stop the simulator: +kill (\\d+)");

  private static Path checkout;
  private static Path temporary;

  @BeforeAll
  static void copyTheCheckout() throws IOException {
    checkout = RepositoryCopy.create("demo-checkout");
    temporary = Files.createDirectories(checkout.resolve("demo-tmp"));
  }

  @Test
  void demo_freshCheckout_runsEveryStepAndLeavesNothingBehind() throws Exception {
    CommandResult demo = demo();

    assertThat(demo.succeeded()).as(demo.describe()).isTrue();
    assertThat(demo.stderr()).containsSubsequence(
        "==> building the provider", "==> ensuring OpenTofu", "==> starting the simulator",
        "==> installing the provider into a local mirror", "==> copying examples/quickstart",
        "==> tofu init", "==> tofu apply -auto-approve", "==> tofu output",
        "==> tofu plan -detailed-exitcode", "==> no changes", "==> tofu destroy -auto-approve",
        "==> checking that the simulator is empty", "==> stopping the simulator",
        "==> demo finished");
    assertThat(demo.stdout()).contains("Apply complete! Resources: 5 added",
        "hourly_price = \"$2.25 / gpu / hour\"", "public_ip = \"",
        "ssh_command = \"tofu output -raw ssh_private_key", "No changes.",
        "Destroy complete! Resources: 5 destroyed.");

    Matcher simulator = find(SIMULATOR_LINE, demo.stderr());
    assertThat(answers(URI.create(simulator.group(2) + "/config")))
        .as("the simulator still answers after the demo").isFalse();
    Path work = Path.of(find(WORKSPACE_LINE, demo.stderr()).group(1));
    assertThat(work).as("the demo's temporary folder").doesNotExist();
  }

  @Test
  void demo_keep_leavesTheSimulatorWithTheObjectsAndTheStateAndSaysHowToUseThem()
      throws Exception {
    CommandResult demo = demo("--keep");
    long pid = -1;
    Path work = null;
    try {
      assertThat(demo.succeeded()).as(demo.describe()).isTrue();
      pid = Long.parseLong(find(KEPT_PID, demo.stderr()).group(1));
      work = Path.of(find(WORKSPACE_LINE, demo.stderr()).group(1));
      Matcher simulator = find(SIMULATOR_LINE, demo.stderr());

      assertThat(demo.stderr()).contains("==> kept (--keep)",
          "export CANOPYWAVE_API_URL=" + simulator.group(1), "destroy -auto-approve");
      assertThat(demo.stderr()).doesNotContain("==> tofu destroy");
      assertThat(work.resolve("quickstart/terraform.tfstate")).isRegularFile();
      HttpResponse<String> objects = get(URI.create(simulator.group(2) + "/objects"));
      assertThat(objects.body()).contains("\"quickstart-gpu\"", "\"quickstart-data\"");
    } finally {
      stopKeptSimulator(pid);
      if (work != null) {
        deleteTree(work);
      }
    }
  }

  @Test
  void demo_unknownArgument_failsWithUsageBeforeBuildingAnything() {
    CommandResult demo = demo("--frobnicate");

    assertThat(demo.exitCode()).isEqualTo(1);
    assertThat(demo.stderr()).contains("Usage: scripts/demo [--keep]",
        "error: unknown argument: --frobnicate");
    assertThat(demo.stderr()).doesNotContain("==> building");
  }

  private static CommandResult demo(String... args) {
    Map<String, String> environment = new LinkedHashMap<>();
    // The suite's OpenTofu: the copy has no .tools/ of its own, and must not build one.
    environment.put("TOFU", OpenTofu.binary().toString());
    environment.put("TMPDIR", temporary.toString());
    environment.put("TF_CLI_CONFIG_FILE", null);
    List<String> command = Stream.concat(
        Stream.of(checkout.resolve("scripts/demo").toString()), Stream.of(args)).toList();
    return Commands.run(command, checkout, environment, DEMO_LIMIT);
  }

  private static Matcher find(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    assertThat(matcher.find()).as("%s in\n%s", pattern, text).isTrue();
    return matcher;
  }

  private static boolean answers(URI uri) throws Exception {
    try {
      get(uri);
      return true;
    } catch (ConnectException e) {
      return false;
    }
  }

  private static HttpResponse<String> get(URI uri) throws Exception {
    try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
        .build()) {
      return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }

  private static void stopKeptSimulator(long pid) throws Exception {
    if (pid <= 0) {
      return;
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid);
    if (process.isPresent()) {
      process.get().destroy();
      process.get().onExit().get(15, TimeUnit.SECONDS);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
