package io.canopywave.tf.resource.sshkey;

import static io.canopywave.tf.plan.BlockValues.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.resource.common.FakeApi;
import io.canopywave.tf.resource.common.TestConnections;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ssh key's API paths against a scripted API; the ITs cover them against the simulator. */
class SshKeyResourceTest {
  private static final String KEY = OpenSshPublicKeyTest.ED25519;
  private static final String PEM =
      "-----BEGIN RSA PRIVATE KEY-----\\nMIIEowIBAAKCAQEA\\n-----END RSA PRIVATE KEY-----\\n";
  private static final String LISTED = "{\"keypair\": {\"name\": \"deploy\", \"fingerprint\":"
      + " \"bd:37:33\", \"public_key\": \"" + KEY + "\"}}";

  @RegisterExtension
  final FakeApi api = new FakeApi();
  private final SshKeyResource resource = new SshKeyResource(api.connections());
  private final Operation op = TestConnections.operation();

  private static CtyValue planned(CtyValue publicKey, CtyValue privateKey) {
    CtyValue unknown = CtyValue.unknown(CtyType.STRING);
    return object(SshKeySchema.SCHEMA.block(), "id", "bob@example.com/sequoia/deploy",
        "name", "deploy", "public_key", publicKey, "private_key", privateKey,
        "fingerprint", unknown, "project", TestConnections.PROJECT,
        "region", TestConnections.REGION);
  }

  private static CtyValue get(CtyValue object, String name) {
    return ((CtyValue.ObjectVal) object).get(name);
  }

  @Test
  void create_generated_keepsThePrivateKeyFromTheAnswer() {
    api.answer(200, "{\"data\": {\"privateKey\": \"" + PEM + "\", \"publicKey\": \"" + KEY
        + "\"}}").list(LISTED);
    CtyValue unknown = CtyValue.unknown(CtyType.STRING);

    CtyValue state = resource.create(planned(unknown, unknown), planned(unknown, unknown), op);

    assertThat(op.diagnostics().list()).isEmpty();
    assertThat(get(state, "private_key")).isEqualTo(CtyValue.string(PEM.replace("\\n", "\n")));
    assertThat(get(state, "public_key")).isEqualTo(CtyValue.string(KEY));
    assertThat(get(state, "fingerprint")).isEqualTo(CtyValue.string("bd:37:33"));
    assertThat(state.isWhollyKnown()).isTrue();
  }

  @Test
  void create_imported_keepsTheConfiguredFormOfTheKey() {
    String configured = KEY + " me@laptop\n";
    api.answer(200, "{\"data\": {\"name\": \"deploy\", \"publicKey\": \"" + KEY + "\"}}")
        .list(LISTED);
    CtyValue plan = planned(CtyValue.string(configured), CtyValue.nullOf(CtyType.STRING));

    CtyValue state = resource.create(plan, plan, op);

    assertThat(op.diagnostics().list()).isEmpty();
    assertThat(get(state, "public_key")).isEqualTo(CtyValue.string(configured));
    assertThat(get(state, "private_key").isNull()).isTrue();
  }

  @Test
  void create_generatedAnswerLost_recordsTheKeyWithAnErrorSoItIsReplaced() {
    api.answer(504, "{\"error\": \"gateway timeout\"}").list(LISTED).list(LISTED);
    CtyValue unknown = CtyValue.unknown(CtyType.STRING);

    CtyValue state = resource.create(planned(unknown, unknown), planned(unknown, unknown), op);

    assertThat(get(state, "name")).isEqualTo(CtyValue.string("deploy"));
    assertThat(op.diagnostics().list()).singleElement().satisfies(d -> {
      assertThat(d.summary()).contains("private key", "lost");
      assertThat(d.detail()).contains("tainted");
    });
    assertThat(api.requests()).filteredOn(r -> r.startsWith("POST")).hasSize(1);
  }

  @Test
  void read_keepsThePrivateKeyAndTheStoredFormOfTheKey() {
    CtyValue stored = object(SshKeySchema.SCHEMA.block(), "id",
        "bob@example.com/sequoia/deploy", "name", "deploy", "public_key", KEY + " me",
        "private_key", "secret-pem", "fingerprint", "old", "project", TestConnections.PROJECT,
        "region", TestConnections.REGION);
    api.list(LISTED);

    CtyValue state = resource.read(stored, op);

    assertThat(get(state, "private_key")).isEqualTo(CtyValue.string("secret-pem"));
    assertThat(get(state, "public_key")).isEqualTo(CtyValue.string(KEY + " me"));
    assertThat(get(state, "fingerprint")).isEqualTo(CtyValue.string("bd:37:33"));
  }

  @Test
  void importState_bareName_givesTheScopedId() {
    CtyValue state = resource.importState("deploy", op);

    assertThat(get(state, "id")).isEqualTo(CtyValue.string("bob@example.com/sequoia/deploy"));
    assertThat(get(state, "name")).isEqualTo(CtyValue.string("deploy"));
    assertThat(get(state, "private_key").isNull()).isTrue();
  }
}
