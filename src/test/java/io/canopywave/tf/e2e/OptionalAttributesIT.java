package io.canopywave.tf.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.canopywave.tf.e2e.support.CommandResult;
import io.canopywave.tf.e2e.support.SimulatedCloud;
import io.canopywave.tf.e2e.support.StateJson;
import io.canopywave.tf.e2e.support.TestData;
import io.canopywave.tf.e2e.support.TofuWorkspace;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** F10: every optional attribute omitted, empty or set; null and empty never confused. */
class OptionalAttributesIT {
  @RegisterExtension
  static final SimulatedCloud CLOUD = new SimulatedCloud();

  private static final List<String> KINDS =
      List.of("instances", "volumes", "file-systems", "ssh-keys", "ips");

  @Test
  void everyResource_optionalAttributesOmittedOrSet_secondPlanIsEmptyAndDestroyCleans() {
    TofuWorkspace workspace =
        CLOUD.initialized("optional", TestData.hcl("r/optional-attributes.tf"));

    workspace.apply();

    assertThat(workspace.planExitCode()).as("plan right after apply").isZero();
    JsonNode show = workspace.showJson();
    assertThat(StateJson.addresses(show)).hasSize(13);
    JsonNode emptyMap = StateJson.values(show, "canopywave_instance.empty_map");
    assertThat(emptyMap.path("restart_triggers").isObject()).as("%s", emptyMap).isTrue();
    assertThat(emptyMap.path("restart_triggers").size()).isZero();
    assertThat(emptyMap.path("is_monitoring").asBoolean(true)).isFalse();
    JsonNode bare = StateJson.values(show, "canopywave_instance.bare");
    assertThat(bare.path("restart_triggers").isNull()).as("%s", bare).isTrue();
    assertThat(bare.path("keypair").isNull()).isTrue();
    assertThat(StateJson.values(show, "canopywave_volume.bare").path("type").asText())
        .isEqualTo("hdd");
    assertThat(StateJson.values(show, "canopywave_floating_ip.bare").path("instance_id")
        .isNull()).isTrue();
    JsonNode full = StateJson.values(show, "canopywave_instance.full");
    assertThat(full.path("password_wo").isNull()).as("write-only never stored").isTrue();
    assertThat(workspace.directory().resolve("terraform.tfstate")).content()
        .doesNotContain("Full-Passw0rd");

    workspace.destroy();
    for (String kind : KINDS) {
      assertThat(CLOUD.objects(kind)).as(kind).allSatisfy(object ->
          assertThat(object.get("status")).as("%s", object).isIn("DELETED", "deleted"));
    }
  }

  @Test
  void everyOptionalString_setEmpty_refusedBeforeAnyCallWithADiagnosticOnIt() {
    TofuWorkspace workspace =
        CLOUD.initialized("empty-strings", TestData.hcl("r/empty-strings.tf"));

    CommandResult plan = workspace.run("plan", "-no-color");

    assertThat(plan.exitCode()).as(plan.describe()).isEqualTo(1);
    String text = plan.stderr();
    List<String> attributes = List.of("public_key", "project", "type", "region", "keypair",
        "password", "instance_id");
    assertThat(text.split("Error: ", -1)).as(text).hasSize(attributes.size() + 1);
    for (String attribute : attributes) {
      assertThat(text).as(attribute).containsPattern("(?m)^\\s*\\d+:\\s+" + attribute
          + "\\s+= \"\"");
    }
    assertThat(CLOUD.writes()).isEmpty();
  }
}
