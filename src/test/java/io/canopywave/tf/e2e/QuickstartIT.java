package io.canopywave.tf.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.canopywave.tf.e2e.support.CommandResult;
import io.canopywave.tf.e2e.support.ExampleFolders;
import io.canopywave.tf.e2e.support.TofuWorkspace;
import io.canopywave.tf.simulator.Simulator;
import io.canopywave.tf.simulator.SimulatorControl;
import io.canopywave.tf.simulator.SimulatorOptions;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code examples/quickstart}, as it is, applied and destroyed against the simulator. */
class QuickstartIT {
  private static final String API_KEY = "quickstart-it-key-3b0d9f6e2a8c4b71a5e0";
  /** The quickstart's default instance password: it must never reach the state. */
  private static final String DEFAULT_PASSWORD = "simulator-only-password";

  @Test
  void quickstart_appliedWithItsDefaults_buildsTheWorkspaceConvergesAndDestroysEverything()
      throws Exception {
    try (Simulator simulator = Simulator.start(
        SimulatorOptions.defaults().withApiKey(API_KEY).withBuildSeconds(0.2))) {
      SimulatorControl control = simulator.control();
      TofuWorkspace workspace = ExampleFolders.copyInto(
          ExampleFolders.examplesRoot().resolve("quickstart"),
          TofuWorkspace.create("quickstart")
              .withEnvironment("CANOPYWAVE_API_URL", simulator.baseUrl())
              .withEnvironment("CANOPYWAVE_API_KEY", API_KEY)
              .withEnvironment("CANOPYWAVE_PROJECT", null)
              .withEnvironment("CANOPYWAVE_REGION", null));

      workspace.init();
      workspace.runOk("apply", "-auto-approve", "-no-color", "-input=false");

      Map<String, List<Map<String, Object>>> objects = control.objects();
      assertThat(objects.get("instances")).singleElement().satisfies(instance -> {
        assertThat(instance).containsEntry("name", "quickstart-gpu")
            .containsEntry("flavor_code", "H100-4").containsEntry("image", "GPU-Ubuntu.22.04")
            .containsEntry("keypair", "quickstart-key")
            .containsEntry("project", "alice@example.com").containsEntry("region", "sequoia");
      });
      assertThat(objects.get("volumes")).singleElement()
          .satisfies(v -> assertThat(v).containsEntry("name", "quickstart-data")
              .containsEntry("type", "ssd"));
      assertThat(objects.get("file-systems")).singleElement()
          .satisfies(f -> assertThat(f).containsEntry("name", "quickstart-shared"));
      assertThat(objects.get("ssh-keys")).singleElement()
          .satisfies(k -> assertThat(k).containsEntry("name", "quickstart-key"));
      Map<String, Object> ip = objects.get("ips").getFirst();
      assertThat(objects.get("ips")).hasSize(1);
      assertThat(ip).containsEntry("instance_id", objects.get("instances").getFirst().get("id"));

      JsonNode outputs = TofuWorkspace.parseJson(
          workspace.runOk("output", "-json", "-no-color").stdout());
      String address = String.valueOf(ip.get("ip"));
      assertThat(outputs.path("public_ip").path("value").asText()).isEqualTo(address);
      assertThat(outputs.path("ssh_command").path("value").asText())
          .endsWith("ssh -i quickstart.pem ubuntu@" + address);
      // The simulator's catalogue, as the reference shows it.
      assertThat(outputs.path("hourly_price").path("value").asText())
          .isEqualTo("$2.25 / gpu / hour");
      assertThat(outputs.path("instance_type").path("value").asText())
          .isEqualTo("H100-4 (4x H100 (80 GB SXM5))");
      assertThat(outputs.path("ssh_private_key").path("sensitive").asBoolean()).isTrue();
      assertThat(Files.readString(workspace.directory().resolve("terraform.tfstate")))
          .doesNotContain(DEFAULT_PASSWORD);

      CommandResult plan = workspace.run("plan", "-detailed-exitcode", "-no-color",
          "-input=false");
      assertThat(plan.exitCode()).as("plan after apply\n%s", plan.describe()).isZero();

      workspace.runOk("destroy", "-auto-approve", "-no-color", "-input=false");
      assertThat(control.objects().values()).allSatisfy(list -> assertThat(list).isEmpty());
      JsonNode state = TofuWorkspace.parseJson(
          Files.readString(workspace.directory().resolve("terraform.tfstate")));
      assertThat(state.path("resources").size()).as("resources left in the state").isZero();
    }
  }
}
