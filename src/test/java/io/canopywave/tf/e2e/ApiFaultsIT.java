package io.canopywave.tf.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.canopywave.tf.e2e.support.CommandResult;
import io.canopywave.tf.e2e.support.SimulatedCloud;
import io.canopywave.tf.e2e.support.StateJson;
import io.canopywave.tf.e2e.support.TofuWorkspace;
import io.canopywave.tf.simulator.FaultRule;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The end-to-end half of the API fault cases: F17 (5xx on reads), F18, F19. */
class ApiFaultsIT {
  @RegisterExtension
  static final SimulatedCloud CLOUD = new SimulatedCloud();

  private static final String CONFIG = """
      resource "canopywave_ssh_key" "key" {
        name = "faulty-key"
      }

      resource "canopywave_volume" "data" {
        name = "faulty-volume"
        size = 10
      }
      """;

  /**
   * A user's configuration names the provider: without a provider block, OpenTofu adds its own
   * "requires explicit configuration" error to any configure error.
   */
  private static final String CONFIG_WITH_PROVIDER_BLOCK = CONFIG + """

      provider "canopywave" {}
      """;

  /** Tofu wraps diagnostics at 80 columns: compare text with whitespace collapsed. */
  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }

  private static long answeredWith(String faultId) {
    return CLOUD.control().requests().stream().filter(r -> faultId.equals(r.get("fault")))
        .count();
  }

  /** F17: the first two GETs of every kind fail with 500, 502 or 503; reads retry and succeed. */
  @Test
  void applyAndPlan_firstReadsOfEveryKindFail_retriedAndClean() {
    TofuWorkspace workspace = CLOUD.initialized("reads-5xx", CONFIG);
    List<String> faults = List.of(
        CLOUD.control().addFault(FaultRule.on("GET", "/api/v1/projects").status(500)
            .times(2).build()),
        CLOUD.control().addFault(FaultRule.on("GET", "/api/v1/ssh-keys").status(502)
            .body("<html><body>Bad Gateway</body></html>").times(2).build()),
        CLOUD.control().addFault(FaultRule.on("GET", "/api/v1/volumes").status(503)
            .times(2).build()));

    workspace.apply();

    assertThat(faults).allSatisfy(id -> assertThat(answeredWith(id)).as(id).isEqualTo(2));
    assertThat(CLOUD.paths("POST", "/api/v1/ssh-keys")).hasSize(1);
    assertThat(CLOUD.paths("POST", "/api/v1/volumes")).hasSize(1);

    CLOUD.control().addFault(FaultRule.on("GET", "/api/v1/volumes").status(503).times(2)
        .build());
    assertThat(workspace.planExitCode()).isZero();
    workspace.destroy();
    assertThat(CLOUD.objects("volumes")).isEmpty();
  }

  /**
   * F17: a create that answers 500 is not sent again blindly. Here the API did not create it,
   * so the apply fails with the status in the message and nothing is in state or in the cloud.
   */
  @Test
  void apply_createAnswers500WithoutCreating_notRepeatedAndReported() {
    TofuWorkspace workspace = CLOUD.initialized("create-500", CONFIG);
    CLOUD.control().addFault(FaultRule.on("POST", "/api/v1/volumes").status(500)
        .body(Map.of("error", "internal error, request id 7")).build());

    CommandResult apply = workspace.run("apply", "-auto-approve", "-no-color");

    assertThat(apply.exitCode()).as(apply.describe()).isEqualTo(1);
    assertThat(oneLine(apply.stderr())).contains("500", "internal error, request id 7")
        .doesNotContain("Exception", "\tat ");
    assertThat(CLOUD.paths("POST", "/api/v1/volumes")).hasSize(1);
    assertThat(CLOUD.objects("volumes")).isEmpty();
    JsonNode show = workspace.showJson();
    assertThat(StateJson.addresses(show)).containsExactly("canopywave_ssh_key.key");
  }

  /**
   * F17 and the rule that nothing is lost: the API created the volume, then answered 500. The
   * provider does not post again; the volume it finds by its unique name is in state.
   */
  @Test
  void apply_createAnswers500AfterCreating_notRepeatedAndTheVolumeIsKept() {
    TofuWorkspace workspace = CLOUD.initialized("create-500-after", CONFIG);
    CLOUD.control().addFault(FaultRule.on("POST", "/api/v1/volumes").status(500).after()
        .times(1).build());

    workspace.run("apply", "-auto-approve", "-no-color");

    assertThat(CLOUD.paths("POST", "/api/v1/volumes")).hasSize(1);
    Map<String, Object> volume = CLOUD.onlyObject("volumes");
    JsonNode show = workspace.showJson();
    assertThat(StateJson.values(show, "canopywave_volume.data").path("id").asText())
        .isEqualTo(volume.get("id"));
    assertThat(workspace.planExitCode()).isZero();
  }

  /** F18: error bodies that are not JSON give the status and the text, never a parse error. */
  @ParameterizedTest
  @ValueSource(strings = {"401: Unauthorized", "<html><h1>Forbidden</h1></html>", ""})
  void plan_errorBodyIsNotJson_statusAndTextInTheDiagnostic(String body) {
    TofuWorkspace workspace = CLOUD.initialized("non-json", CONFIG);
    workspace.apply();
    CLOUD.control().addFault(FaultRule.on("GET", "/api/v1/volumes").status(403).body(body)
        .build());

    CommandResult plan = workspace.run("plan", "-no-color");

    assertThat(plan.exitCode()).as(plan.describe()).isEqualTo(1);
    String text = oneLine(plan.stderr());
    assertThat(text).contains("403").doesNotContainIgnoringCase("json")
        .doesNotContain("Exception", "\tat ");
    if (!body.isEmpty()) {
      String visible = body.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim();
      assertThat(text).contains(visible.split(" ")[0]);
    }
  }

  /** Plans, expecting exactly one error, which names the attribute and the variable. */
  private static CommandResult planFailsWithOneErrorNamingTheKeySettings(
      TofuWorkspace workspace) {
    CommandResult plan = workspace.run("plan", "-no-color");
    assertThat(plan.exitCode()).as(plan.describe()).isEqualTo(1);
    String text = oneLine(plan.stderr());
    assertThat(text.split("Error: ", -1)).as(text).hasSize(2);
    assertThat(text).contains("api_key", "CANOPYWAVE_API_KEY");
    return plan;
  }

  /** F19: a rejected key gives one diagnostic that says how to set it, and never shows it. */
  @Test
  void plan_keyRejected_oneDiagnosticNamingTheSettingsAndNotTheKey() {
    String wrongKey = "cw-wrong-0123456789abcdef0123456789abcdef";
    TofuWorkspace workspace = CLOUD.initialized("bad-key", CONFIG_WITH_PROVIDER_BLOCK)
        .withEnvironment("CANOPYWAVE_API_KEY", wrongKey)
        .withEnvironment("TF_LOG", "TRACE");

    CommandResult plan = planFailsWithOneErrorNamingTheKeySettings(workspace);

    assertThat(plan.stdout() + plan.stderr()).doesNotContain(wrongKey)
        .doesNotContain(wrongKey.substring(3, 20));
    assertThat(CLOUD.writes()).isEmpty();
  }

  /** F19: with no key at all, the plan says which attribute or variable to set. */
  @Test
  void plan_noKey_oneDiagnosticNamingTheSettings() {
    TofuWorkspace workspace = CLOUD.initialized("no-key", CONFIG_WITH_PROVIDER_BLOCK)
        .withEnvironment("CANOPYWAVE_API_KEY", "");

    planFailsWithOneErrorNamingTheKeySettings(workspace);

    assertThat(CLOUD.control().requests()).isEmpty();
  }

  /** An API URL where nothing listens gives one error on api_url, after the retries. */
  @Test
  void plan_nothingListensAtTheApiUrl_oneDiagnosticNamingTheUrlSettings() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    String url = "http://user:url-secret-42@127.0.0.1:" + closedPort + "/api/v1";
    TofuWorkspace workspace = CLOUD.initialized("closed-port", CONFIG_WITH_PROVIDER_BLOCK)
        .withEnvironment("CANOPYWAVE_API_URL", url);

    CommandResult plan = workspace.run("plan", "-no-color");

    assertThat(plan.exitCode()).as(plan.describe()).isEqualTo(1);
    String text = oneLine(plan.stderr());
    assertThat(text.split("Error: ", -1)).as(text).hasSize(2);
    assertThat(text).contains("Cannot reach the Canopy Wave API",
        "http://127.0.0.1:" + closedPort + "/api/v1", "could not connect", "api_url",
        "CANOPYWAVE_API_URL");
    assertThat(plan.stdout() + plan.stderr()).doesNotContain("url-secret-42");
  }
}
