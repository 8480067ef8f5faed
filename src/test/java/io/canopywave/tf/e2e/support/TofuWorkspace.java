package io.canopywave.tf.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A directory holding one root module, and tofu runs in it with the test mirror's CLI config.
 * Workspaces live under {@code target/it-workspaces/} and are kept for inspection after a run.
 */
public final class TofuWorkspace {
  public static final Duration DEFAULT_LIMIT = Duration.ofMinutes(5);
  private static final String PLAN_FILE = "tfplan";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path directory;
  private final Map<String, String> environment = new LinkedHashMap<>();

  private TofuWorkspace(Path directory) {
    this.directory = directory;
    environment.put("TF_CLI_CONFIG_FILE", OpenTofu.cliConfig().toString());
    environment.put("CHECKPOINT_DISABLE", "1");
    environment.put("TF_IN_AUTOMATION", "1");
    environment.put("TF_INPUT", "0");
    // The developer's own settings must not leak into a test run.
    environment.put("TF_LOG", null);
    environment.put("TF_LOG_PROVIDER", null);
    environment.put("TF_REATTACH_PROVIDERS", null);
    environment.put("TF_PLUGIN_CACHE_DIR", null);
    environment.put("TF_DATA_DIR", null);
  }

  /** A fresh, empty workspace whose directory name starts with {@code name}. */
  public static TofuWorkspace create(String name) {
    try {
      Path parent = Files.createDirectories(BuildLayout.buildDirectory().resolve("it-workspaces"));
      return new TofuWorkspace(Files.createTempDirectory(parent, name + "-"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path directory() {
    return directory;
  }

  /** Sets (or, with null, removes) a variable for every later tofu run. */
  public TofuWorkspace withEnvironment(String name, String value) {
    environment.put(name, value);
    return this;
  }

  public TofuWorkspace write(String fileName, String content) {
    try {
      Files.writeString(directory.resolve(fileName), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Runs {@code tofu args...} here; the caller decides what a failure means. */
  public CommandResult run(String... args) {
    return run(DEFAULT_LIMIT, args);
  }

  public CommandResult run(Duration limit, String... args) {
    return start(args).await(limit);
  }

  /** Starts {@code tofu args...} here without waiting, so that a test can interrupt it. */
  public RunningCommand start(String... args) {
    List<String> command = new ArrayList<>();
    command.add(OpenTofu.binary().toString());
    command.addAll(List.of(args));
    return Commands.start(command, directory, environment);
  }

  /** Runs tofu and fails the test unless it exits 0. */
  public CommandResult runOk(String... args) {
    CommandResult result = run(args);
    if (!result.succeeded()) {
      throw new AssertionError(result.describe());
    }
    return result;
  }

  public CommandResult init() {
    return runOk("init", "-no-color");
  }

  /** {@code tofu show -json}: the state (or, with a plan file argument, the plan) as a tree. */
  public JsonNode showJson(String... planFile) {
    List<String> args = new ArrayList<>(List.of("show", "-json", "-no-color"));
    args.addAll(List.of(planFile));
    return parseJson(runOk(args.toArray(String[]::new)).stdout());
  }

  /** The attribute values of the resource at {@code address} in the current state. */
  public JsonNode stateValues(String address) {
    return StateJson.values(showJson(), address);
  }

  /** Writes {@code mainTf} as {@code main.tf} and answers the planned change of {@code address}. */
  public JsonNode replan(String mainTf, String address) {
    write("main.tf", mainTf);
    return StateJson.change(planJson(), address);
  }

  /** {@code tofu apply -auto-approve}; fails the test unless it exits 0. */
  public CommandResult apply() {
    return runOk("apply", "-auto-approve", "-no-color");
  }

  /** {@code tofu destroy -auto-approve}; fails the test unless it exits 0. */
  public CommandResult destroy() {
    return runOk("destroy", "-auto-approve", "-no-color");
  }

  /**
   * {@code tofu plan -detailed-exitcode}: 0 when it plans no change, 2 when it plans some; any
   * other exit (an error) fails the test.
   */
  public int planExitCode() {
    CommandResult plan = run("plan", "-detailed-exitcode", "-no-color");
    if (plan.exitCode() != 0 && plan.exitCode() != 2) {
      throw new AssertionError(plan.describe());
    }
    return plan.exitCode();
  }

  /** Plans into a file and answers {@code tofu show -json} of that plan. */
  public JsonNode planJson() {
    runOk("plan", "-out=" + PLAN_FILE, "-no-color");
    return showJson(PLAN_FILE);
  }

  /** Applies exactly the plan that {@link #planJson} saved; fails the test unless it exits 0. */
  public CommandResult applySavedPlan() {
    return runOk("apply", "-no-color", PLAN_FILE);
  }

  public JsonNode providersSchemaJson() {
    return parseJson(runOk("providers", "schema", "-json", "-no-color").stdout());
  }

  public static JsonNode parseJson(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }
}
