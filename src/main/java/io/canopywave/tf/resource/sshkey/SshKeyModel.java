package io.canopywave.tf.resource.sshkey;

import io.canopywave.tf.api.model.CreatedSshKey;
import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.api.model.SshKey;
import io.canopywave.tf.plan.ImportId;
import io.canopywave.tf.resource.common.ScopeAttributes;
import io.canopywave.tf.resource.common.ScopedState;
import io.canopywave.tf.value.CtyValue;
import io.canopywave.tf.value.ObjectReader;

/**
 * An ssh key as the state holds it.
 *
 * @param publicKey the key line; where the API's form differs from the configured one only in
 *     comment or whitespace, the configured form (so that normalisation is not drift)
 * @param privateKey the generated private key, known only from the create answer; else null
 */
record SshKeyModel(String name, String publicKey, String privateKey, String fingerprint,
    Scope scope) {

  /** The scoped id, {@code project/region/name}, which import accepts. */
  String id() {
    return new ImportId(scope.project(), scope.region(), name).toString();
  }

  /** What a plan or state says; a public key still unknown (to be generated) is null. */
  static SshKeyModel of(CtyValue value) {
    ObjectReader reader = ObjectReader.of(value);
    return new SshKeyModel(reader.string(SshKeySchema.NAME), knownOrNull(reader,
        SshKeySchema.PUBLIC_KEY), knownOrNull(reader, SshKeySchema.PRIVATE_KEY),
        knownOrNull(reader, SshKeySchema.FINGERPRINT), ScopeAttributes.of(value));
  }

  /** The answer of the create, before any list has shown the key. */
  SshKeyModel created(CreatedSshKey answer) {
    return new SshKeyModel(name, keepIfSame(publicKey, answer.publicKey()),
        answer.privateKey(), answer.fingerprint(), scope);
  }

  /**
   * The key as the API lists it, over what is known of it (the plan, or the prior state):
   * the private key is kept, since the API never shows it again.
   */
  SshKeyModel listed(SshKey listed) {
    return new SshKeyModel(name, keepIfSame(publicKey, listed.publicKey()), privateKey,
        listed.fingerprint() != null ? listed.fingerprint() : fingerprint, scope);
  }

  /** A key the create left behind and a lookup by name found; its private key is lost. */
  static CreatedSshKey adopted(SshKey listed) {
    return new CreatedSshKey(listed.name(), listed.publicKey(), null, listed.fingerprint());
  }

  /** The state; the {@code timeouts} block comes from {@code source} (plan or prior state). */
  CtyValue.ObjectVal toState(CtyValue source) {
    return ScopedState.builder(SshKeySchema.SCHEMA, scope, ScopedState.timeoutsOf(source))
        .set(SshKeySchema.ID, id())
        .set(SshKeySchema.NAME, name)
        .set(SshKeySchema.PUBLIC_KEY, publicKey)
        .set(SshKeySchema.PRIVATE_KEY, privateKey)
        .set(SshKeySchema.FINGERPRINT, fingerprint)
        .build();
  }

  /** {@code known} when the API's key is the same key; else the API's (real drift). */
  private static String keepIfSame(String known, String fromApi) {
    if (fromApi == null) {
      return known;
    }
    return known != null && OpenSshPublicKey.sameKey(known, fromApi) ? known : fromApi;
  }

  private static String knownOrNull(ObjectReader reader, String name) {
    return reader.isKnown(name) ? reader.string(name) : null;
  }
}
