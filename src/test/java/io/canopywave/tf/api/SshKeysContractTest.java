package io.canopywave.tf.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.canopywave.tf.api.model.CreatedSshKey;
import io.canopywave.tf.api.model.NewSshKey;
import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.api.model.SshKey;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The reference's SSH key examples, replayed byte for byte. */
class SshKeysContractTest {
  private static final Scope SCOPE = new Scope("your-project", "your-region");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final MockApi api = new MockApi();
  private final CanopyWaveClient client = api.client();

  @AfterEach
  void stop() {
    client.close();
    api.close();
  }

  @Test
  void list_keypairWrappers_areUnwrapped() {
    api.enqueueExample("ssh-keys-list");

    List<SshKey> keys = client.sshKeys().list(SCOPE, CacheMode.SHARED);

    assertThat(keys).extracting(SshKey::name).containsExactly(
        "bob-key-1", "bob-key-test-generate-key-pair", "bob-key-2");
    assertThat(keys.getFirst()).isEqualTo(new SshKey("bob-key-1",
        "bd:37:33:4d:8a:77:54:d3:f8:07:51:26:e2:9d:e7:db",
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMy/6SeyjtenrEyUDS4b7LBMCphEOPQu1tcnWGE7keZe"
            + " alice@example.com"));
    assertThat(keys.get(2).fingerprint())
        .isEqualTo("45:2e:fc:23:b2:11:9a:41:77:6f:3c:20:0d:d4:dc:0a");
    assertThat(keys.get(2).publicKey()).startsWith("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCi716");
    RecordedRequest request = api.take();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/ssh-keys");
    assertThat(request.getUrl().queryParameter("project")).isEqualTo("your-project");
  }

  @Test
  void list_bareKeyObjects_areAcceptedToo() {
    api.enqueue(200,
        "{\"data\": [{\"name\": \"k\", \"fingerprint\": \"f\", \"publicKey\": \"p\"}]}");

    assertThat(client.sshKeys().list(SCOPE, CacheMode.SHARED))
        .containsExactly(new SshKey("k", "f", "p"));
  }

  @Test
  void add_withoutPublicKey_returnsTheGeneratedPair() throws Exception {
    api.enqueueExample("ssh-key-add-generated");

    CreatedSshKey created = client.sshKeys().add(new NewSshKey(SCOPE, "your-key-name", null));

    assertThat(created.name()).isEqualTo("your-key-name");
    assertThat(created.privateKey())
        .startsWith("-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAou9ejZAtSK")
        .endsWith("-----END RSA PRIVATE KEY-----\n");
    assertThat(created.publicKey()).startsWith("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCi716")
        .endsWith("neDudxyyNtUjEi8038RVEOnWzvweP");
    assertThat(created.fingerprint()).isNull();
    assertThat(created.toString()).doesNotContain("BEGIN RSA").contains("privateKey=***");
    RecordedRequest request = api.take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(JSON.readTree(request.getBody().utf8()))
        .isEqualTo(JSON.readTree(MockApi.example("request-ssh-key-add")));
  }

  @Test
  void add_withPublicKey_sendsItAndReadsTheImportAnswer() throws Exception {
    api.enqueue(200, "{\"data\": {\"name\": \"your-key-name\","
        + " \"publicKey\": \"ssh-rsa xxxxxxxxxxxxxxx\"}}");

    CreatedSshKey created = client.sshKeys().add(
        new NewSshKey(SCOPE, "your-key-name", "ssh-rsa xxxxxxxxxxxxxxx"));

    assertThat(created).isEqualTo(
        new CreatedSshKey("your-key-name", "ssh-rsa xxxxxxxxxxxxxxx", null, null));
    ObjectNode expected = (ObjectNode) JSON.readTree(MockApi.example("request-ssh-key-add"));
    expected.setAll((ObjectNode) JSON.readTree(MockApi.example("request-ssh-key-add-optional")));
    assertThat(JSON.readTree(api.take().getBody().utf8())).isEqualTo(expected);
  }

  @Test
  void delete_byName_returnsTheEchoedName() {
    api.enqueueExample("ssh-key-delete");

    String deleted = client.sshKeys().delete(SCOPE, "ddrgdfg");

    assertThat(deleted).isEqualTo("ddrgdfg");
    RecordedRequest request = api.take();
    assertThat(request.getMethod()).isEqualTo("DELETE");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/ssh-keys/ddrgdfg");
    assertThat(request.getUrl().queryParameter("region")).isEqualTo("your-region");
  }

  @Test
  void delete_nameWithSpace_isEncodedAsOneSegment() {
    api.enqueue(200, "{}");

    assertThat(client.sshKeys().delete(SCOPE, "my key")).isEqualTo("my key");

    assertThat(api.take().getUrl().encodedPath()).isEqualTo("/api/v1/ssh-keys/my%20key");
  }
}
