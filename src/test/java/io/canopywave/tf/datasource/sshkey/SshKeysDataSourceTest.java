package io.canopywave.tf.datasource.sshkey;

import static io.canopywave.tf.datasource.common.SimulatedApi.PROJECT;
import static io.canopywave.tf.datasource.common.SimulatedApi.readOk;
import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.api.model.NewSshKey;
import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.api.model.SshKey;
import io.canopywave.tf.datasource.common.ApiExamples;
import io.canopywave.tf.datasource.common.ListDataSource;
import io.canopywave.tf.datasource.common.SimulatedApi;
import io.canopywave.tf.value.ObjectReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SshKeysDataSourceTest {
  static final String PUBLIC_KEY =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMy/6SeyjtenrEyUDS4b7LBMCphEOPQu1tcnWGE7keZe";

  @Test
  void items_referenceList_mapsNameFingerprintAndPublicKey() {
    List<SshKey> keys = ApiExamples.dataList("ssh-keys-list", SshKey::fromJson);

    List<ObjectReader> elements = SshKeysDataSource.ITEMS.value(keys).elements().stream()
        .map(ObjectReader::of).toList();

    assertThat(elements).extracting(e -> e.string("name"))
        .containsExactly("bob-key-1", "bob-key-test-generate-key-pair", "bob-key-2");
    assertThat(elements.getFirst().string("fingerprint"))
        .isEqualTo("bd:37:33:4d:8a:77:54:d3:f8:07:51:26:e2:9d:e7:db");
    assertThat(elements.getFirst().string("public_key")).startsWith("ssh-ed25519 AAAAC3");
  }

  @Test
  void read_keysInTwoRegions_listsThoseOfTheConfiguredRegion() {
    try (SimulatedApi api = new SimulatedApi()) {
      api.client().sshKeys().add(new NewSshKey(new Scope(PROJECT, "sequoia"), "a", PUBLIC_KEY));
      api.client().sshKeys().add(new NewSshKey(new Scope(PROJECT, "redwood"), "b", PUBLIC_KEY));
      var dataSource = new ListDataSource<>(SshKeysDataSource.spec(), api.connections());

      var state = readOk(dataSource, Map.of("region", "redwood"));

      assertThat(state.string("id")).isEqualTo(PROJECT + "/redwood");
      assertThat(state.nestedList("ssh_keys")).singleElement().satisfies(key -> {
        assertThat(key.string("name")).isEqualTo("b");
        assertThat(key.string("public_key")).isEqualTo(PUBLIC_KEY);
        assertThat(key.string("fingerprint")).matches("([0-9a-f]{2}:){15}[0-9a-f]{2}");
      });
    }
  }
}
