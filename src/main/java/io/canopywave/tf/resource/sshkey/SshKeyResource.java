package io.canopywave.tf.resource.sshkey;

import io.canopywave.tf.api.CanopyWaveClient;
import io.canopywave.tf.api.SshKeysApi;
import io.canopywave.tf.api.model.CreatedSshKey;
import io.canopywave.tf.api.model.NewSshKey;
import io.canopywave.tf.api.model.SshKey;
import io.canopywave.tf.resource.common.ConnectionSource;
import io.canopywave.tf.resource.common.ListedKind;
import io.canopywave.tf.resource.common.ListedLifecycle;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.spi.ImportableResource;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.spi.PlanModifyingResource;
import io.canopywave.tf.value.CtyValue;
import java.util.Set;

/**
 * {@code canopywave_ssh_key}: imports a public key, or has the API generate a pair and keeps
 * the private key from the create answer (the only time the API shows it). Keys are identified
 * by name; reads list and filter; public keys compare by type and data only.
 */
public final class SshKeyResource implements ImportableResource, PlanModifyingResource {
  private static final ListedKind<SshKeysApi, SshKey> KIND = new ListedKind<>("ssh key",
      "name", "bob-key-1", CanopyWaveClient::sshKeys, SshKeysApi::list, SshKeysApi::delete,
      SshKey::name, SshKey::name, key -> null);

  private final ListedLifecycle<SshKeysApi, SshKey> lifecycle;

  public SshKeyResource(ConnectionSource connections) {
    this.lifecycle = new ListedLifecycle<>(KIND, SshKeySchema.SCHEMA, connections,
        SshKeySchema.CREATE_TIMEOUT, SshKeySchema.DELETE_TIMEOUT);
  }

  @Override
  public String typeName() {
    return SshKeySchema.TYPE_NAME;
  }

  @Override
  public Schema schema() {
    return SshKeySchema.SCHEMA;
  }

  @Override
  public CtyValue modifyPlan(CtyValue prior, CtyValue config, CtyValue planned,
      Set<AttributePath> requiresReplace, Operation op) {
    return SshKeyPlan.modify(prior, config, lifecycle.planScope(config, planned, op),
        requiresReplace);
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
  public CtyValue read(CtyValue current, Operation op) {
    return lifecycle.read(current,
        listed -> SshKeyModel.of(current).listed(listed).toState(current), op);
  }

  @Override
  public CtyValue update(CtyValue prior, CtyValue planned, CtyValue config, Operation op) {
    // Every argument is force-new: only `timeouts` or a same-key `public_key` get here.
    return planned;
  }

  @Override
  public void delete(CtyValue prior, Operation op) {
    lifecycle.delete(prior, op);
  }

  @Override
  public CtyValue importState(String id, Operation op) {
    return lifecycle.importState(id,
        (parsed, state) -> state.set(SshKeySchema.ID, parsed.toString()), op);
  }
}
