package io.canopywave.tf.resource.sshkey;

import io.canopywave.tf.api.CanopyWaveClient;
import io.canopywave.tf.api.SshKeysApi;
import io.canopywave.tf.api.model.CreatedSshKey;
import io.canopywave.tf.api.model.NewSshKey;
import io.canopywave.tf.api.model.SshKey;
import io.canopywave.tf.resource.common.ConnectionSource;
import io.canopywave.tf.resource.common.ListedKind;
import io.canopywave.tf.resource.common.ListedLifecycle;
import io.canopywave.tf.resource.common.ListedResource;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.value.CtyValue;
import java.util.Set;

/**
 * {@code canopywave_ssh_key}: imports a public key, or has the API generate a pair and keeps
 * the private key from the create answer (the only time the API shows it). Keys are identified
 * by name; reads list and filter; public keys compare by type and data only. Every argument
 * is force-new: only {@code timeouts} or a same-key {@code public_key} reach an update.
 */
public final class SshKeyResource extends ListedResource<SshKeysApi, SshKey> {
  private static final ListedKind<SshKeysApi, SshKey> KIND = new ListedKind<>("ssh key",
      "name", "bob-key-1", CanopyWaveClient::sshKeys, SshKeysApi::list, SshKeysApi::delete,
      SshKey::name, SshKey::name, key -> null);

  public SshKeyResource(ConnectionSource connections) {
    super(SshKeySchema.TYPE_NAME, SshKeySchema.SCHEMA, KIND, connections,
        SshKeySchema.CREATE_TIMEOUT, SshKeySchema.DELETE_TIMEOUT);
  }

  @Override
  public CtyValue modifyPlan(CtyValue prior, CtyValue config, CtyValue planned,
      Set<AttributePath> requiresReplace, Operation op) {
    return SshKeyPlan.modify(prior, config,
        super.modifyPlan(prior, config, planned, requiresReplace, op), requiresReplace);
  }

  @Override
  public CtyValue create(CtyValue planned, CtyValue config, Operation op) {
    SshKeyModel wanted = SshKeyModel.of(planned);
    String toImport = wanted.publicKey();
    var create = new ListedLifecycle.Create<SshKeysApi, SshKey, CreatedSshKey>(wanted.name(),
        api -> api.add(new NewSshKey(wanted.scope(), wanted.name(),
            toImport == null ? null : toImport.strip())),
        // A key found by name is ours only if it holds the key we sent.
        listed -> toImport == null || OpenSshPublicKey.sameKey(toImport, listed.publicKey())
            ? SshKeyModel.adopted(listed) : null,
        answer -> wanted.name(),
        answer -> wanted.created(answer).toState(planned),
        (answer, listed) -> wanted.created(answer).listed(listed).toState(planned));
    CtyValue state = lifecycle.create(planned, create, op);
    boolean pairLost = toImport == null && state instanceof CtyValue.ObjectVal created
        && created.get(SshKeySchema.PRIVATE_KEY).isNull();
    if (pairLost && !op.diagnostics().hasErrors()) {
      op.diagnostics().error("The private key of ssh key \"" + wanted.name() + "\" was lost",
          "Canopy Wave generated the key pair, but its answer, the only one that carries the"
              + " private key, did not arrive; the key was found by name afterwards. It is"
              + " recorded in the state, marked tainted: the next apply replaces it with a new"
              + " pair.");
    }
    return state;
  }

  @Override
  protected CtyValue stateOf(SshKey listed, CtyValue known) {
    return SshKeyModel.of(known).listed(listed).toState(known);
  }

  @Override
  public CtyValue importState(String id, Operation op) {
    return lifecycle.importState(id,
        (parsed, state) -> state.set(SshKeySchema.ID, parsed.toString()), op);
  }
}
