package io.canopywave.tf.resource.floatingip;

import io.canopywave.tf.plan.Timeouts;
import io.canopywave.tf.resource.common.ScopedSchema;
import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.schema.validators.Validators;
import java.time.Duration;
import java.util.Map;

/** The schema of {@code canopywave_floating_ip_association}. */
final class FloatingIpAssociationSchema {
  static final String TYPE_NAME = "canopywave_floating_ip_association";

  static final String ID = ScopedSchema.ID;
  static final String FLOATING_IP_ID = "floating_ip_id";
  static final String INSTANCE_ID = "instance_id";

  static final Duration CREATE_TIMEOUT = Duration.ofMinutes(5);
  static final Duration UPDATE_TIMEOUT = Duration.ofMinutes(5);
  static final Duration DELETE_TIMEOUT = Duration.ofMinutes(5);

  static final Schema SCHEMA = ScopedSchema.of(
      "Associates an existing floating IP with an instance, for configurations that keep the"
          + " address's lifecycle apart from its association (the address may come from"
          + " another configuration). Destroying the association disassociates the address and"
          + " leaves it allocated. Do not also set `instance_id` on a `canopywave_floating_ip`"
          + " for the same address: the two would undo each other's changes."
          + "\n\nImport with `<project>/<region>/<floating_ip_id>`, or just"
          + " `<floating_ip_id>` when the provider sets `project` and `region`.",
      Map.of(Timeouts.Action.CREATE, CREATE_TIMEOUT, Timeouts.Action.UPDATE, UPDATE_TIMEOUT,
          Timeouts.Action.DELETE, DELETE_TIMEOUT),
      ScopedSchema.id("The id of the association, which is the floating IP's id."),
      Attribute.string(FLOATING_IP_ID).required().forceNew()
          .validator(Validators.requiredNonEmpty())
          .description("The id of the floating IP to associate, for example"
              + " `canopywave_floating_ip.<name>.id`. Changing it replaces the"
              + " association (the old address is disassociated, not released).")
          .build(),
      Attribute.string(INSTANCE_ID).required()
          .validator(Validators.requiredNonEmpty())
          .description("The id of the instance (in the same project and region) the"
              + " address points at. Changing it moves the address in place: the provider"
              + " disassociates it, then associates it with the new instance.")
          .build());

  private FloatingIpAssociationSchema() {}
}
