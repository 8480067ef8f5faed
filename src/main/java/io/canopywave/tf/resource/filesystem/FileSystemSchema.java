package io.canopywave.tf.resource.filesystem;

import io.canopywave.tf.plan.Timeouts;
import io.canopywave.tf.resource.common.ScopedSchema;
import io.canopywave.tf.schema.Schema;
import java.time.Duration;
import java.util.Map;

/**
 * The schema of {@code canopywave_file_system}; the API cannot change one, so all is force-new.
 */
public final class FileSystemSchema {
  public static final String TYPE_NAME = "canopywave_file_system";
  static final String ID = ScopedSchema.ID;
  static final String NAME = ScopedSchema.NAME;
  static final String SIZE = ScopedSchema.SIZE;
  static final String STATUS = ScopedSchema.STATUS;
  static final Duration CREATE_TIMEOUT = Duration.ofMinutes(10);
  static final Duration DELETE_TIMEOUT = Duration.ofMinutes(10);

  public static final Schema SCHEMA = ScopedSchema.of(
      "A shared file system in a Canopy Wave project and region, which instances of that region"
          + " can mount. The API has no resize or rename, so every change of an argument"
          + " replaces the file system (its data is lost). Import with"
          + " `<project>/<region>/<id>`, or just the id when the provider sets `project` and"
          + " `region`.",
      Map.of(Timeouts.Action.CREATE, CREATE_TIMEOUT, Timeouts.Action.DELETE, DELETE_TIMEOUT),
      ScopedSchema.assignedId("file system"),
      ScopedSchema.uniqueName("file system"),
      ScopedSchema.sizeGb("file system"),
      ScopedSchema.status("The file system's status as the API reports it, for example"
          + " `available`."));

  private FileSystemSchema() {}
}
