package io.canopywave.tf.resource.sshkey;

import io.canopywave.tf.plan.Timeouts;
import io.canopywave.tf.resource.common.ScopedSchema;
import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.schema.validators.Validators;
import java.time.Duration;
import java.util.Map;

/**
 * The schema of {@code canopywave_ssh_key}. The API identifies keys by name and cannot change
 * one, so every argument is force-new.
 */
public final class SshKeySchema {
  public static final String TYPE_NAME = "canopywave_ssh_key";
  static final String ID = ScopedSchema.ID;
  static final String NAME = ScopedSchema.NAME;
  static final String PUBLIC_KEY = "public_key";
  static final String PRIVATE_KEY = "private_key";
  static final String FINGERPRINT = "fingerprint";
  static final Duration CREATE_TIMEOUT = Duration.ofMinutes(5);
  static final Duration DELETE_TIMEOUT = Duration.ofMinutes(5);

  public static final Schema SCHEMA = ScopedSchema.of(
      "An SSH key pair registered in a Canopy Wave project and region, for instances' `keypair`."
          + " Either import a public key of your own (`public_key`), or leave it out and let"
          + " Canopy Wave generate the pair: then the private key is stored in the state"
          + " (sensitive, but in plain text), so for production prefer importing your own"
          + " public key. Import with `<project>/<region>/<name>`, or just the name when the"
          + " provider sets `project` and `region`; an imported generated key has no"
          + " `private_key`.",
      Map.of(Timeouts.Action.CREATE, CREATE_TIMEOUT, Timeouts.Action.DELETE, DELETE_TIMEOUT),
      ScopedSchema.id("`<project>/<region>/<name>`, the form `tofu import` accepts."),
      Attribute.string(NAME).required().forceNew()
          .validator(Validators.matches("[^/\\s](?:[^/]*[^/\\s])?",
              "must not be empty, contain `/`, or start or end with spaces"))
          .description("The key's name, unique in its project and region; the API"
              + " identifies keys by it (instances refer to it as their `keypair`)."
              + " Changing it replaces the key.")
          .build(),
      Attribute.string(PUBLIC_KEY).optional().computed().forceNew()
          .validator(new PublicKeyValidator())
          .description("An OpenSSH public key to import, such as"
              + " `file(\"~/.ssh/id_ed25519.pub\")`. Leave it out to have Canopy Wave"
              + " generate a key pair; then this holds the generated public key. Only"
              + " the key type and data count: a different comment or whitespace is not"
              + " a change. Changing the key replaces it.")
          .build(),
      Attribute.string(PRIVATE_KEY).computed().sensitive().keepPriorWhenUnknown()
          .description("The private key (PEM) of a pair Canopy Wave generated, when"
              + " `public_key` is left out; null for an imported public key and after"
              + " `tofu import` (the API hands it out once, at creation). It is stored"
              + " in the state, in plain text: protect the state, or for production"
              + " prefer importing a public key of your own.")
          .build(),
      Attribute.string(FINGERPRINT).computed()
          .description("The key's MD5 fingerprint as the API reports it, such as"
              + " `bd:37:33:4d:...`.")
          .build());

  private SshKeySchema() {}
}
