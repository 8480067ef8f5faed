package io.canopywave.tf.resource.volume;

import io.canopywave.tf.plan.Timeouts;
import io.canopywave.tf.resource.common.ScopeAttributes;
import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.schema.validators.Validators;
import io.canopywave.tf.value.CtyValue;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The schema of {@code canopywave_volume}. The API cannot change a volume: all is force-new. */
public final class VolumeSchema {
  public static final String TYPE_NAME = "canopywave_volume";
  static final String ID = "id";
  static final String NAME = "name";
  static final String SIZE = "size";
  static final String TYPE = "type";
  static final String STATUS = "status";
  static final String DEFAULT_TYPE = "hdd";
  static final Duration CREATE_TIMEOUT = Duration.ofMinutes(10);
  static final Duration DELETE_TIMEOUT = Duration.ofMinutes(10);

  public static final Schema SCHEMA = new Schema(0, new Block(
      List.of(
          Attribute.string(ID).computed().keepPriorWhenUnknown()
              .description("The volume's id, assigned by Canopy Wave.")
              .build(),
          Attribute.string(NAME).required().forceNew()
              .validator(Validators.requiredNonEmpty())
              .description("The volume's name, unique in its project and region. Changing it"
                  + " replaces the volume.")
              .build(),
          Attribute.number(SIZE).required().forceNew()
              .validator(Validators.wholeNumberAtLeast(1))
              .description("The size in GB, a whole number. The API cannot resize a volume:"
                  + " changing it replaces the volume, and its data is lost.")
              .build(),
          Attribute.string(TYPE).optional().computed().forceNew()
              .defaultValue(CtyValue.string(DEFAULT_TYPE))
              .validator(Validators.oneOf("hdd", "ssd"))
              .description("The storage type: `hdd` (the default) or `ssd`. Changing it replaces"
                  + " the volume.")
              .build(),
          ScopeAttributes.project(true),
          ScopeAttributes.region(true),
          Attribute.string(STATUS).computed()
              .description("The volume's status as the API reports it, for example `available`"
                  + " or `in-use`.")
              .build()),
      List.of(Timeouts.block(Map.of(
          Timeouts.Action.CREATE, CREATE_TIMEOUT,
          Timeouts.Action.DELETE, DELETE_TIMEOUT))),
      "A block storage volume in a Canopy Wave project and region. The API has no resize or"
          + " rename, so every change of an argument replaces the volume (its data is lost)."
          + " Import with `<project>/<region>/<id>`, or just the id when the provider sets"
          + " `project` and `region`."));

  private VolumeSchema() {}
}
