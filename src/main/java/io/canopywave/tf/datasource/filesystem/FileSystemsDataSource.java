package io.canopywave.tf.datasource.filesystem;

import io.canopywave.tf.api.model.FileSystem;
import io.canopywave.tf.datasource.common.ItemField;
import io.canopywave.tf.datasource.common.ItemList;
import io.canopywave.tf.datasource.common.ListSpec;
import java.util.List;

/** {@code canopywave_file_systems}: the shared file systems of a project and region. */
public final class FileSystemsDataSource {
  public static final String TYPE_NAME = "canopywave_file_systems";

  static final ItemList<FileSystem> ITEMS = ItemList.objects("file_systems",
      "The shared file systems of the project and region, in the order the API lists them.",
      List.of(
          ItemField.string("id", "The file system id.", FileSystem::id),
          ItemField.string("name", "The file system name, or null.", FileSystem::name),
          ItemField.number("size", "The size in GB, or null when the API shows none.",
              FileSystem::sizeGb),
          ItemField.string("status",
              "The status as the API writes it, such as `available`, or null.",
              FileSystem::status),
          ItemField.string("region", "The region of the file system.", FileSystem::region),
          ItemField.string("created_at",
              "When the file system was created, as the API writes it, or null.",
              FileSystem::createdAt)));

  private FileSystemsDataSource() {}

  public static ListSpec<FileSystem> spec() {
    return ListSpec.inRegion(TYPE_NAME, "The shared file systems of a project and region.",
        "file systems", ITEMS, (client, scope, mode) -> client.fileSystems().list(scope, mode));
  }
}
