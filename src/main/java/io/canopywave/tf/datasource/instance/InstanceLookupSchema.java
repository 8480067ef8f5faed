package io.canopywave.tf.datasource.instance;

import io.canopywave.tf.resource.common.ScopeAttributes;
import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.schema.validators.Validators;
import io.canopywave.tf.value.CtyType;
import java.util.List;
import java.util.Map;

/** The schema of the {@code canopywave_instance} data source; the names are the contract. */
final class InstanceLookupSchema {
  static final String ID = "id";
  static final String NAME = "name";
  static final String STATUS = "status";
  static final String FLAVOR = "flavor";
  static final String FLAVOR_NAME = "flavor_name";
  static final String IMAGE_ID = "image_id";
  static final String KEY_NAME = "key_name";
  static final String PUBLIC_IP = "public_ip";
  static final String PRIVATE_IPS = "private_ips";
  static final String ADDRESSES = "addresses";
  static final String SECURITY_GROUPS = "security_groups";
  static final String ATTACHED_VOLUME_IDS = "attached_volume_ids";
  static final String METADATA = "metadata";
  static final String AVAILABILITY_ZONE = "availability_zone";
  static final String VM_STATE = "vm_state";
  static final String TASK_STATE = "task_state";
  static final String POWER_STATE = "power_state";
  static final String LAUNCHED_AT = "launched_at";
  static final String CREATED_AT = "created_at";
  static final String UPDATED_AT = "updated_at";
  static final String ROLE = "role";
  static final String PAYMENT_MODE = "payment_mode";

  /** One element of {@code addresses}. */
  static final CtyType.ObjectOf ADDRESS = CtyType.ObjectOf.of(Map.of(
      "network", CtyType.STRING,
      "address", CtyType.STRING,
      "version", CtyType.NUMBER,
      "type", CtyType.STRING,
      "mac_address", CtyType.STRING));

  private static final String DESCRIPTION = """
      One instance, found by `id` or by its unique `name` (set exactly one), with the details \
      the API reports: status, flavor, addresses, SSH key, times. Reading an instance that \
      does not exist, or exists only as terminated, is an error that names what was searched.""";

  private InstanceLookupSchema() {}

  static Schema schema() {
    return new Schema(0, Block.of(DESCRIPTION, List.of(
        Attribute.string(ID).optional().computed().validator(Validators.nonEmpty())
            .description("The instance id to look up. Set either `id` or `name`; after the"
                + " read it holds the id of the instance found.").build(),
        Attribute.string(NAME).optional().computed().validator(Validators.nonEmpty())
            .description("The instance name to look up (names are unique within a project and"
                + " region). Set either `id` or `name`; after the read it holds the name of"
                + " the instance found.").build(),
        ScopeAttributes.project(false),
        ScopeAttributes.region(false),
        computed(STATUS, "The status, lower-case: `active`, `build`, `error`, `shutoff`,"
            + " ... (`unknown` when the API shows none)."),
        computed(FLAVOR, "The flavor code, such as `H100-4` (the display name itself when"
            + " no instance type has it), or null when the API names no type."),
        computed(FLAVOR_NAME, "The display name of the instance type, such as"
            + " `4x H100 (80 GB SXM5)`, or null when the instance lists do not show the"
            + " instance."),
        computed(IMAGE_ID, "The id of the image the instance booted (an OpenStack id, not the"
            + " image name given at launch), or null."),
        computed(KEY_NAME, "The name of the SSH key installed at launch, or null."),
        computed(PUBLIC_IP, "The public (floating) IP address, or null."),
        list(PRIVATE_IPS, CtyType.STRING, "The private (fixed) IP addresses, in the order the"
            + " API lists them."),
        list(ADDRESSES, ADDRESS, "Every address on every network. Each element has"
            + " `network` (the network name), `address`, `version` (4 or 6, or null), `type`"
            + " (`fixed` or `floating`, or null) and `mac_address` (or null)."),
        list(SECURITY_GROUPS, CtyType.STRING, "The names of the security groups."),
        list(ATTACHED_VOLUME_IDS, CtyType.STRING, "The ids of the attached volumes."),
        Attribute.builder(METADATA, CtyType.map(CtyType.STRING)).computed()
            .description("The instance metadata, values as text.").build(),
        computed(AVAILABILITY_ZONE, "The availability zone, or null."),
        computed(VM_STATE, "OpenStack's VM state (`active`, `building`, `stopped`, ...), or"
            + " null."),
        computed(TASK_STATE, "OpenStack's task in progress (`spawning`, `rebooting`, ...),"
            + " or null when none runs."),
        Attribute.number(POWER_STATE).computed()
            .description("OpenStack's power state (1 = running, 4 = shut off), or null.")
            .build(),
        computed(LAUNCHED_AT, "When the instance first booted, as the API writes it, or null"
            + " before that."),
        computed(CREATED_AT, "When the instance was created, as the API writes it."),
        computed(UPDATED_AT, "When the instance last changed, as the API writes it, or"
            + " null."),
        computed(ROLE, "The API's role label, such as `worker`, or null."),
        computed(PAYMENT_MODE, "The payment mode, or null."))));
  }

  private static Attribute computed(String name, String description) {
    return Attribute.string(name).computed().description(description).build();
  }

  private static Attribute list(String name, CtyType element, String description) {
    return Attribute.builder(name, CtyType.list(element)).computed().description(description)
        .build();
  }
}
