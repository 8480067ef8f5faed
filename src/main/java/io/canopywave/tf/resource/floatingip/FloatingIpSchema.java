package io.canopywave.tf.resource.floatingip;

import io.canopywave.tf.plan.Timeouts;
import io.canopywave.tf.resource.common.ScopedSchema;
import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.schema.validators.Validators;
import java.time.Duration;
import java.util.Map;

/** The schema of {@code canopywave_floating_ip}. */
final class FloatingIpSchema {
  static final String TYPE_NAME = "canopywave_floating_ip";

  static final String ID = ScopedSchema.ID;
  static final String ADDRESS = "address";
  static final String STATUS = ScopedSchema.STATUS;
  static final String INSTANCE_ID = "instance_id";
  static final String INSTANCE_NAME = "instance_name";

  static final Duration CREATE_TIMEOUT = Duration.ofMinutes(5);
  static final Duration UPDATE_TIMEOUT = Duration.ofMinutes(5);
  static final Duration DELETE_TIMEOUT = Duration.ofMinutes(10);

  static final Schema SCHEMA = ScopedSchema.of(
      "A public (floating) IPv4 address allocated in a project and region, optionally"
          + " associated with an instance. Destroying it releases the address (after"
          + " disassociating it). To keep the association apart from the address, for example"
          + " when the address outlives the instances it serves, leave `instance_id` unset and"
          + " use `canopywave_floating_ip_association`; do not manage one address with both."
          + "\n\nImport with `<project>/<region>/<id>`, or just `<id>` when the provider sets"
          + " `project` and `region`. The import leaves `instance_id` null (it cannot tell"
          + " whether the configuration sets it or an association resource manages the"
          + " address), so both patterns import without disassociating anything.",
      Map.of(Timeouts.Action.CREATE, CREATE_TIMEOUT, Timeouts.Action.UPDATE, UPDATE_TIMEOUT,
          Timeouts.Action.DELETE, DELETE_TIMEOUT),
      ScopedSchema.assignedId("floating IP"),
      Attribute.string(ADDRESS).computed().keepPriorWhenUnknown()
          .description("The public IPv4 address. It stays the same for the life of the"
              + " floating IP, including while it moves between instances.")
          .build(),
      ScopedSchema.status("The status the API reports: `ACTIVE` while associated with"
          + " an instance, `DOWN` while not. Other values are shown as the API sends them."),
      Attribute.string(INSTANCE_ID).optional()
          .validator(Validators.nonEmpty())
          .description("The id of the instance (in the same project and region) to"
              + " associate the address with, usually `canopywave_instance.<name>.id`."
              + " Changing it moves the address in place: the provider disassociates it,"
              + " then associates it with the new instance; the address is never released."
              + " Removing it disassociates the address. Leave it unset when a"
              + " `canopywave_floating_ip_association` manages the association: never set"
              + " both for one address, or each apply moves it back and forth. While"
              + " `instance_id` is unset, associations made elsewhere are left alone."
              + " An import leaves it null, since it cannot tell who manages the"
              + " association: with `instance_id` in the configuration, the first plan"
              + " after an import shows it being set, and that apply changes nothing when"
              + " the address is already associated with that instance.")
          .build(),
      Attribute.string(INSTANCE_NAME).computed()
          .description("The name of the instance the address is associated with, as the"
              + " API reports it (`server`), or null while it is not associated.")
          .build());

  private FloatingIpSchema() {}
}
