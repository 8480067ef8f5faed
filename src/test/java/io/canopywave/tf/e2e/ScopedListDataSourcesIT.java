package io.canopywave.tf.e2e;

import static io.canopywave.tf.e2e.support.SimulatedCloud.PROJECT;
import static io.canopywave.tf.e2e.support.SimulatedCloud.REGION;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.canopywave.tf.api.CanopyWaveClient;
import io.canopywave.tf.api.model.AllocatedIp;
import io.canopywave.tf.api.model.NewFileSystem;
import io.canopywave.tf.api.model.NewSshKey;
import io.canopywave.tf.api.model.NewVolume;
import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.e2e.support.SimulatedCloud;
import io.canopywave.tf.e2e.support.TestData;
import io.canopywave.tf.e2e.support.TofuOutputs;
import io.canopywave.tf.e2e.support.TofuWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code canopywave_ssh_keys}, {@code canopywave_volumes}, {@code canopywave_file_systems} and
 * {@code canopywave_floating_ips} over objects made outside Terraform, in the provider's scope
 * and in a scope that holds nothing.
 */
class ScopedListDataSourcesIT {
  @RegisterExtension
  static final SimulatedCloud SIM = new SimulatedCloud();

  static final String PUBLIC_KEY =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMy/6SeyjtenrEyUDS4b7LBMCphEOPQu1tcnWGE7keZe";

  @Test
  void apply_objectsMadeElsewhere_outputsListThemAnEmptyScopeGivesEmptyListsPlanIsEmpty() {
    Scope scope = new Scope(PROJECT, REGION);
    CanopyWaveClient client = SIM.api();
    client.sshKeys().add(new NewSshKey(scope, "admin", PUBLIC_KEY));
    String volumeId = client.volumes().create(new NewVolume(scope, "data", "ssd", 100));
    String fileSystemId = client.fileSystems().create(new NewFileSystem(scope, "shared", 500));
    AllocatedIp ip = client.publicIps().allocate(scope);
    client.volumes().create(new NewVolume(new Scope(PROJECT, "redwood"), "far", "hdd", 5));
    TofuWorkspace workspace =
        SIM.initialized("data-scoped-lists", TestData.hcl("d/scoped_lists.tf"));

    workspace.runOk("apply", "-auto-approve", "-no-color");
    JsonNode out = TofuOutputs.values(workspace);

    assertThat(out.path("ssh_keys")).singleElement().satisfies(key -> {
      assertThat(key.path("name").asText()).isEqualTo("admin");
      assertThat(key.path("public_key").asText()).isEqualTo(PUBLIC_KEY);
      assertThat(key.path("fingerprint").asText()).matches("([0-9a-f]{2}:){15}[0-9a-f]{2}");
    });
    assertThat(out.path("volumes")).singleElement().satisfies(volume -> {
      assertThat(volume.path("id").asText()).isEqualTo(volumeId);
      assertThat(volume.path("name").asText()).isEqualTo("data");
      assertThat(volume.path("size").asInt()).isEqualTo(100);
      assertThat(volume.path("type").asText()).isEqualTo("ssd");
      assertThat(volume.path("region").asText()).isEqualTo(REGION);
    });
    assertThat(out.path("file_systems")).singleElement().satisfies(fs -> {
      assertThat(fs.path("id").asText()).isEqualTo(fileSystemId);
      assertThat(fs.path("size").asInt()).isEqualTo(500);
    });
    assertThat(out.path("floating_ips")).singleElement().satisfies(address -> {
      assertThat(address.path("id").asText()).isEqualTo(ip.id());
      assertThat(address.path("address").asText()).isEqualTo(ip.ip());
      assertThat(address.path("server").isNull()).isTrue();
      assertThat(address.path("status").asText()).isEqualTo("DOWN");
    });
    assertThat(out.path("empty_counts").toString()).isEqualTo("[0,0,0,0]");
    assertThat(out.path("ids").get(0).asText()).isEqualTo(PROJECT + "/" + REGION);
    assertThat(out.path("ids").get(1).asText()).isEqualTo("alice@example.com/redwood");
    assertThat(workspace.planExitCode()).isZero();
  }
}
