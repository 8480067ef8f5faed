package io.canopywave.tf.resource.volume;

import io.canopywave.tf.plan.Timeouts;
import io.canopywave.tf.resource.common.ScopedSchema;
import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.schema.validators.Validators;
import io.canopywave.tf.value.CtyValue;
import java.time.Duration;
import java.util.Map;

/** The schema of {@code canopywave_volume}. The API cannot change a volume: all is force-new. */
public final class VolumeSchema {
  public static final String TYPE_NAME = "canopywave_volume";
  static final String ID = ScopedSchema.ID;
  static final String NAME = ScopedSchema.NAME;
  static final String SIZE = ScopedSchema.SIZE;
  static final String TYPE = "type";
  static final String STATUS = ScopedSchema.STATUS;
  static final String DEFAULT_TYPE = "hdd";
  static final Duration CREATE_TIMEOUT = Duration.ofMinutes(10);
  static final Duration DELETE_TIMEOUT = Duration.ofMinutes(10);

  public static final Schema SCHEMA = ScopedSchema.of(
      "A block storage volume in a Canopy Wave project and region. The API has no resize or"
          + " rename, so every change of an argument replaces the volume (its data is lost)."
          + " Import with `<project>/<region>/<id>`, or just the id when the provider sets"
          + " `project` and `region`.",
      Map.of(Timeouts.Action.CREATE, CREATE_TIMEOUT, Timeouts.Action.DELETE, DELETE_TIMEOUT),
      ScopedSchema.assignedId("volume"),
      ScopedSchema.uniqueName("volume"),
      ScopedSchema.sizeGb("volume"),
      Attribute.string(TYPE).optional().computed().forceNew()
          .defaultValue(CtyValue.string(DEFAULT_TYPE))
          .validator(Validators.oneOf("hdd", "ssd"))
          .description("The storage type: `hdd` (the default) or `ssd`. Changing it replaces"
              + " the volume.")
          .build(),
      ScopedSchema.status("The volume's status as the API reports it, for example `available`"
          + " or `in-use`."));

  private VolumeSchema() {}
}
