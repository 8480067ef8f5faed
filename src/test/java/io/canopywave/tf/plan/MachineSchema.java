package io.canopywave.tf.plan;

import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.schema.NestedBlock;
import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A test schema with one attribute or block of every kind the plan engine treats apart. */
final class MachineSchema {
  static final Attribute ID = Attribute.string("id").computed().keepPriorWhenUnknown().build();
  static final Attribute NAME = Attribute.string("name").required().forceNew().build();
  static final Attribute NOTE = Attribute.string("note").optional().build();
  static final Attribute STATUS = Attribute.string("status").computed().build();
  static final Attribute ZONE = Attribute.string("zone").optional().computed().forceNew().build();
  static final Attribute MONITORING = Attribute.bool("monitoring").optional().computed()
      .defaultValue(CtyValue.bool(false)).build();
  static final Attribute PASSWORD = Attribute.string("password").optional().sensitive().build();
  static final Attribute PASSWORD_WO = Attribute.string("password_wo").optional().sensitive()
      .writeOnly().build();
  static final Attribute PASSWORD_WO_VERSION = Attribute.number("password_wo_version")
      .optional().forceNew().build();
  static final Attribute LABELS = Attribute.builder("labels", CtyType.map(CtyType.STRING))
      .optional().build();
  static final Attribute TAGS = Attribute.builder("tags", CtyType.set(CtyType.STRING))
      .optional().build();

  static final Attribute DISK_SIZE = Attribute.number("size").required().forceNew().build();
  static final Attribute DISK_KIND = Attribute.string("kind").optional().computed()
      .defaultValue(CtyValue.string("hdd")).build();
  static final Attribute DISK_ID = Attribute.string("disk_id").computed().build();
  static final NestedBlock DISK = new NestedBlock("disk",
      Block.of("", List.of(DISK_SIZE, DISK_KIND, DISK_ID)), NestedBlock.Nesting.LIST, 0, 4);

  static final Attribute RULE_PORT = Attribute.number("port").required().forceNew().build();
  static final Attribute RULE_ID = Attribute.string("rule_id").computed().build();
  static final NestedBlock RULE = new NestedBlock("rule",
      Block.of("", List.of(RULE_PORT, RULE_ID)), NestedBlock.Nesting.SET, 0, 0);

  static final Attribute MOUNT_PATH = Attribute.string("path").required().build();
  static final Attribute MOUNT_ID = Attribute.string("mount_id").computed().build();
  static final NestedBlock MOUNT = new NestedBlock("mount",
      Block.of("", List.of(MOUNT_PATH, MOUNT_ID)), NestedBlock.Nesting.MAP, 0, 0);

  static final NestedBlock TIMEOUTS = Timeouts.block(Map.of(
      Timeouts.Action.CREATE, Duration.ofMinutes(20),
      Timeouts.Action.DELETE, Duration.ofMinutes(10)));

  static final Block BLOCK = new Block(
      List.of(ID, NAME, NOTE, STATUS, ZONE, MONITORING, PASSWORD, PASSWORD_WO,
          PASSWORD_WO_VERSION, LABELS, TAGS),
      List.of(DISK, RULE, MOUNT, TIMEOUTS), "A machine, for tests.");
  static final Schema SCHEMA = new Schema(1, BLOCK);
  static final PlanningOnlyMachine RESOURCE = new PlanningOnlyMachine() {};

  private MachineSchema() {}
}
