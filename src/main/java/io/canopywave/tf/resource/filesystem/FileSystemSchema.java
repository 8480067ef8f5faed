package io.canopywave.tf.resource.filesystem;

import io.canopywave.tf.plan.Timeouts;
import io.canopywave.tf.resource.common.ScopeAttributes;
import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.schema.validators.Validators;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The schema of {@code canopywave_file_system}; the API cannot change one, so all is force-new. */
public final class FileSystemSchema {
  public static final String TYPE_NAME = "canopywave_file_system";
  static final String ID = "id";
  static final String NAME = "name";
  static final String SIZE = "size";
  static final String STATUS = "status";
  static final Duration CREATE_TIMEOUT = Duration.ofMinutes(10);
  static final Duration DELETE_TIMEOUT = Duration.ofMinutes(10);

  public static final Schema SCHEMA = new Schema(0, new Block(
      List.of(
          Attribute.string(ID).computed().keepPriorWhenUnknown()
              .description("The file system's id, assigned by Canopy Wave.")
              .build(),
          Attribute.string(NAME).required().forceNew()
              .validator(Validators.requiredNonEmpty())
              .description("The file system's name, unique in its project and region."
                  + " Changing it replaces the file system.")
              .build(),
          Attribute.number(SIZE).required().forceNew()
              .validator(Validators.wholeNumberAtLeast(1))
              .description("The size in GB, a whole number. The API cannot resize a file"
                  + " system: changing it replaces the file system, and its data is lost.")
              .build(),
          ScopeAttributes.project(true),
          ScopeAttributes.region(true),
          Attribute.string(STATUS).computed()
              .description("The file system's status as the API reports it, for example"
                  + " `available`.")
              .build()),
      List.of(Timeouts.block(Map.of(
          Timeouts.Action.CREATE, CREATE_TIMEOUT,
          Timeouts.Action.DELETE, DELETE_TIMEOUT))),
      "A shared file system in a Canopy Wave project and region, which instances of that region"
          + " can mount. The API has no resize or rename, so every change of an argument"
          + " replaces the file system (its data is lost). Import with"
          + " `<project>/<region>/<id>`, or just the id when the provider sets `project` and"
          + " `region`."));

  private FileSystemSchema() {}
}
