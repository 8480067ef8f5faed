package io.canopywave.tf.resource.sshkey;

import io.canopywave.tf.plan.ImportId;
import io.canopywave.tf.plan.Timeouts;
import io.canopywave.tf.resource.common.ScopeAttributes;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.value.CtyValue;
import java.util.Set;

/** What the plan of an ssh key adds to the generic rules. */
final class SshKeyPlan {
  private static final AttributePath PUBLIC_KEY = AttributePath.of(SshKeySchema.PUBLIC_KEY);

  private SshKeyPlan() {}

  /**
   * <ul>
   *   <li>A configured public key that is the stored one but for comment or whitespace plans
   *       the stored form: no replacement, and when nothing else changed, no change at all.
   *   <li>A new key with a configured public key plans {@code private_key} null: nothing is
   *       generated.
   *   <li>The id, {@code project/region/name}, is known as soon as its parts are.
   * </ul>
   */
  static CtyValue modify(CtyValue prior, CtyValue config, CtyValue planned,
      Set<AttributePath> requiresReplace) {
    if (!(planned instanceof CtyValue.ObjectVal plan)) {
      return planned;
    }
    CtyValue configuredKey = field(config, SshKeySchema.PUBLIC_KEY);
    if (prior instanceof CtyValue.ObjectVal stored && sameKey(configuredKey,
        stored.get(SshKeySchema.PUBLIC_KEY))) {
      plan = plan.with(SshKeySchema.PUBLIC_KEY, stored.get(SshKeySchema.PUBLIC_KEY));
      requiresReplace.remove(PUBLIC_KEY);
      if (requiresReplace.isEmpty()) {
        // Every other argument is force-new too, so nothing else changed but the timeouts.
        return stored.with(Timeouts.BLOCK_NAME, plan.get(Timeouts.BLOCK_NAME));
      }
    }
    if (prior.isNull() && configuredKey.isKnown() && !configuredKey.isNull()) {
      plan = plan.with(SshKeySchema.PRIVATE_KEY, CtyValue.nullOf(configuredKey.type()));
    }
    return withKnownId(plan);
  }

  private static CtyValue.ObjectVal withKnownId(CtyValue.ObjectVal plan) {
    CtyValue project = plan.get(ScopeAttributes.PROJECT);
    CtyValue region = plan.get(ScopeAttributes.REGION);
    CtyValue name = plan.get(SshKeySchema.NAME);
    if (project instanceof CtyValue.Str(String p) && region instanceof CtyValue.Str(String r)
        && name instanceof CtyValue.Str(String n)) {
      return plan.with(SshKeySchema.ID, CtyValue.string(new ImportId(p, r, n).toString()));
    }
    return plan;
  }

  private static boolean sameKey(CtyValue configured, CtyValue stored) {
    return configured instanceof CtyValue.Str(String wanted)
        && stored instanceof CtyValue.Str(String have)
        && OpenSshPublicKey.sameKey(wanted, have);
  }

  private static CtyValue field(CtyValue object, String name) {
    return object instanceof CtyValue.ObjectVal o ? o.get(name) : CtyValue.nullOf(
        SshKeySchema.SCHEMA.impliedType().attribute(name));
  }
}
