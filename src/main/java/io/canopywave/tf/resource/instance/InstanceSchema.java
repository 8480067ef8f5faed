package io.canopywave.tf.resource.instance;

import io.canopywave.tf.plan.Timeouts;
import io.canopywave.tf.resource.common.ScopeAttributes;
import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.schema.validators.Validators;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The schema of {@code canopywave_instance}; the attribute names are the contract. */
public final class InstanceSchema {
  public static final String TYPE_NAME = "canopywave_instance";

  public static final String ID = "id";
  public static final String NAME = "name";
  public static final String FLAVOR = "flavor";
  public static final String IMAGE = "image";
  public static final String PROJECT = ScopeAttributes.PROJECT;
  public static final String REGION = ScopeAttributes.REGION;
  public static final String KEYPAIR = "keypair";
  public static final String IS_MONITORING = "is_monitoring";
  public static final String PASSWORD = "password";
  public static final String PASSWORD_WO = "password_wo";
  public static final String PASSWORD_WO_VERSION = "password_wo_version";
  public static final String RESTART_TRIGGERS = "restart_triggers";
  public static final String STATUS = "status";
  public static final String PUBLIC_IP = "public_ip";
  public static final String PRIVATE_IPS = "private_ips";
  public static final String FLAVOR_NAME = "flavor_name";
  public static final String LAUNCHED_AT = "launched_at";
  public static final String CREATED_AT = "created_at";

  public static final Duration CREATE_TIMEOUT = Duration.ofMinutes(30);
  public static final Duration UPDATE_TIMEOUT = Duration.ofMinutes(15);
  public static final Duration DELETE_TIMEOUT = Duration.ofMinutes(15);

  /**
   * Arguments the API never reports back. After an import they are null in the state; a
   * configured value then is only recorded (no replacement), and so is a first value set on
   * an instance that never had one.
   */
  static final List<String> UNREADABLE = List.of(IMAGE, PASSWORD, PASSWORD_WO_VERSION);

  private static final String DESCRIPTION = """
      A Canopy Wave virtual machine (GPU or CPU). The API cannot change an instance, so every \
      argument except `restart_triggers` (and `timeouts`) replaces it when changed.

      Create launches the instance once (a launch is never repeated: after an answer that got \
      lost, the provider finds the instance by its unique name), records its id at once, and \
      waits until it is `active`. If the wait fails (status `error`, or the create timeout) the \
      instance stays in the state, tainted, so the next apply replaces it and `tofu destroy` \
      terminates it.

      When a refresh finds the instance in status `error`, the plan replaces it (the `status` \
      attribute is shown as the reason) and warns; other statuses that are not `active`, such \
      as `shutoff` or `paused`, only produce a warning.

      `image`, `password` and `password_wo_version` cannot be read back from the API: after an \
      import they are null, and setting them in the configuration then only records the value \
      in the state, without replacing the instance.""";

  private InstanceSchema() {}

  public static Schema schema() {
    return new Schema(0, new Block(attributes(),
        List.of(Timeouts.block(Map.of(
            Timeouts.Action.CREATE, CREATE_TIMEOUT,
            Timeouts.Action.UPDATE, UPDATE_TIMEOUT,
            Timeouts.Action.DELETE, DELETE_TIMEOUT))),
        DESCRIPTION));
  }

  private static List<Attribute> attributes() {
    return List.of(
        Attribute.string(ID).computed().keepPriorWhenUnknown()
            .description("The instance id the API assigned at launch.").build(),
        Attribute.string(NAME).required().forceNew().validator(Validators.requiredNonEmpty())
            .description("The instance name, unique within the project and region.").build(),
        Attribute.string(FLAVOR).required().forceNew().validator(Validators.requiredNonEmpty())
            .description("The flavor code of the instance type, such as `H100-4` or"
                + " `m1.advanced` (see the `canopywave_instance_types` data source). The plan"
                + " checks that it exists.").build(),
        Attribute.string(IMAGE).required().forceNew().validator(Validators.requiredNonEmpty())
            .description("The operating system image, such as `GPU-Ubuntu.22.04`. It must be"
                + " one of the images of the flavor; the plan checks that. The API does not"
                + " report the image of an existing instance, so the state keeps the value"
                + " from the configuration, and after an import a configured image is recorded"
                + " without replacing the instance.").build(),
        ScopeAttributes.project(true),
        ScopeAttributes.region(true),
        Attribute.string(KEYPAIR).optional().forceNew().validator(Validators.nonEmpty())
            .description("The name of an SSH key (`canopywave_ssh_key`) in the same project"
                + " and region to install for SSH access. Read back from the instance.")
            .build(),
        Attribute.bool(IS_MONITORING).optional().computed().forceNew()
            .defaultValue(CtyValue.bool(false))
            .description("Whether to enable the monitoring page of the instance.").build(),
        Attribute.string(PASSWORD).optional().sensitive().forceNew()
            .validator(Validators.nonEmpty())
            .description("The password of the default SSH login. Kept in the state, marked"
                + " sensitive; prefer `password_wo` on OpenTofu or Terraform 1.11 and later."
                + " Exactly one of `password` and `password_wo` must be set. A change"
                + " replaces the instance, except when the state holds no password (after an"
                + " import, or when it was given as `password_wo`): then it is only recorded.")
            .build(),
        Attribute.string(PASSWORD_WO).optional().writeOnly().sensitive()
            .validator(Validators.nonEmpty())
            .description("The password of the default SSH login, write-only: sent at launch"
                + " and never stored in the state (OpenTofu or Terraform 1.11 and later)."
                + " Changing it alone changes nothing; change `password_wo_version` to"
                + " replace the instance with one that uses the new password. Exactly one of"
                + " `password` and `password_wo` must be set.").build(),
        Attribute.number(PASSWORD_WO_VERSION).optional().forceNew()
            .description("Any number you choose for the current `password_wo`: changing it"
                + " replaces the instance, launched with the current `password_wo`. Setting"
                + " it where the state holds none (after an import, or the first time) is"
                + " only recorded.").build(),
        Attribute.builder(RESTART_TRIGGERS, CtyType.map(CtyType.STRING)).optional()
            .description("Arbitrary strings; when any of them changes, the provider restarts"
                + " the instance in place and waits until it is active again. Adding the map"
                + " where the state has none, or removing it, only records the change.")
            .build(),
        Attribute.string(STATUS).computed()
            .description("The status the API reports, lower-case: `active`, `build`,"
                + " `error`, `shutoff`, ... A refresh that finds `error` plans a"
                + " replacement.").build(),
        Attribute.string(PUBLIC_IP).computed()
            .description("The public (floating) IP address, or null when none is"
                + " associated.").build(),
        Attribute.builder(PRIVATE_IPS, CtyType.list(CtyType.STRING)).computed()
            .description("The private (fixed) IP addresses, in the order the API lists"
                + " them.").build(),
        Attribute.string(FLAVOR_NAME).computed().keepPriorWhenUnknown()
            .description("The display name of the instance type, such as"
                + " `4x H100 (80 GB SXM5)`.").build(),
        Attribute.string(LAUNCHED_AT).computed()
            .description("When the instance first booted, as the API writes it, or null"
                + " before that.").build(),
        Attribute.string(CREATED_AT).computed().keepPriorWhenUnknown()
            .description("When the instance was created, as the API writes it.").build());
  }
}
