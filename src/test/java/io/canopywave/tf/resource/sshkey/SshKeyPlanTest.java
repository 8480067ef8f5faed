package io.canopywave.tf.resource.sshkey;

import static io.canopywave.tf.plan.BlockValues.object;
import static io.canopywave.tf.plan.BlockValues.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.plan.AppliedValues;
import io.canopywave.tf.plan.ConfigValidation;
import io.canopywave.tf.plan.PlanResult;
import io.canopywave.tf.plan.PlanRules;
import io.canopywave.tf.resource.common.TestConnections;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Diagnostic;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.value.CtyValue;
import org.junit.jupiter.api.Test;

class SshKeyPlanTest {
  private static final String KEY = OpenSshPublicKeyTest.ED25519;
  private static final String SCOPED_ID = "bob@example.com/sequoia/deploy";

  private final SshKeyResource resource = new SshKeyResource(TestConnections.planOnly());

  private PlanResult plan(CtyValue prior, CtyValue config) {
    return PlanRules.checkedPlan(resource, prior, config, TestConnections.operation());
  }

  private static CtyValue config(Object... namesAndValues) {
    return object(SshKeySchema.SCHEMA.block(), namesAndValues);
  }

  /** The state after creating {@code config}: its plan from nothing, applied. */
  private CtyValue created(CtyValue config) {
    return AppliedValues.apply(plan(nothing(), config).planned());
  }

  private CtyValue nothing() {
    return CtyValue.nullOf(resource.schema().impliedType());
  }

  private static CtyValue get(CtyValue object, String name) {
    return ((CtyValue.ObjectVal) object).get(name);
  }

  @Test
  void plan_generatedKey_leavesKeysUnknownAndKnowsTheId() {
    CtyValue planned = plan(nothing(), config("name", "deploy")).planned();

    assertThat(get(planned, "id")).isEqualTo(CtyValue.string(SCOPED_ID));
    assertThat(get(planned, "public_key").isKnown()).isFalse();
    assertThat(get(planned, "private_key").isKnown()).isFalse();
    assertThat(get(planned, "fingerprint").isKnown()).isFalse();
  }

  @Test
  void plan_importedKey_plansNoPrivateKey() {
    CtyValue planned = plan(nothing(), config("name", "deploy", "public_key", KEY)).planned();

    assertThat(get(planned, "private_key").isNull()).isTrue();
    assertThat(get(planned, "public_key")).isEqualTo(CtyValue.string(KEY));
  }

  @Test
  void plan_storedKeyDiffersOnlyInComment_isNoChange() {
    CtyValue config = config("name", "deploy", "public_key", KEY + " me@laptop\n");
    CtyValue stored = created(config);
    CtyValue normalisedByApi = with(stored, "public_key", KEY);

    PlanResult again = plan(normalisedByApi, config);

    assertThat(again.planned()).isEqualTo(normalisedByApi);
    assertThat(again.requiresReplace()).isEmpty();
  }

  @Test
  void plan_anotherKeyConfigured_replacesNamingPublicKey() {
    CtyValue stored = created(config("name", "deploy"));
    stored = with(stored, "public_key", "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCwo");

    PlanResult result = plan(stored, config("name", "deploy", "public_key", KEY));

    assertThat(result.requiresReplace()).containsExactly(AttributePath.of("public_key"));
  }

  @Test
  void plan_generatedKeyAfterApply_isEmptyAndKeepsThePrivateKey() {
    CtyValue config = config("name", "deploy");
    CtyValue stored = with(created(config),
        "private_key", "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----\n");

    PlanResult again = plan(stored, config);

    assertThat(again.planned()).isEqualTo(stored);
    assertThat(again.requiresReplace()).isEmpty();
  }

  @Test
  void plan_renamed_replacesAndPlansTheNewId() {
    CtyValue stored = created(config("name", "deploy"));

    PlanResult result = plan(stored, config("name", "deploy-2"));

    assertThat(result.requiresReplace()).containsExactly(AttributePath.of("name"));
  }

  @Test
  void validate_emptyOrMalformedPublicKey_errorsOnTheAttribute() {
    for (String bad : new String[] {"", "ssh-rsa nope"}) {
      Operation op = TestConnections.operation();

      ConfigValidation.validate(resource.schema(), config("name", "k", "public_key", bad), op);

      assertThat(op.diagnostics().list()).extracting(Diagnostic::path)
          .containsExactly(AttributePath.of("public_key"));
    }
  }

  @Test
  void validate_nameWithSlash_errorsOnName() {
    Operation op = TestConnections.operation();

    ConfigValidation.validate(resource.schema(), config("name", "team/key"), op);

    assertThat(op.diagnostics().list()).extracting(Diagnostic::path)
        .containsExactly(AttributePath.of("name"));
  }

  @Test
  void schema_privateKey_isSensitiveAndSaysItIsInTheState() {
    var privateKey = resource.schema().block().attribute("private_key").orElseThrow();

    assertThat(privateKey.sensitive()).isTrue();
    assertThat(privateKey.description()).contains("stored", "state", "production");
    assertThat(resource.schema().block().attributes())
        .allSatisfy(a -> assertThat(a.description()).isNotBlank());
  }
}
