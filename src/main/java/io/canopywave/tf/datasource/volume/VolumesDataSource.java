package io.canopywave.tf.datasource.volume;

import io.canopywave.tf.api.model.Volume;
import io.canopywave.tf.datasource.common.ItemField;
import io.canopywave.tf.datasource.common.ItemList;
import io.canopywave.tf.datasource.common.ListSpec;
import java.util.List;

/** {@code canopywave_volumes}: the block storage volumes of a project and region. */
public final class VolumesDataSource {
  public static final String TYPE_NAME = "canopywave_volumes";

  static final ItemList<Volume> ITEMS = ItemList.objects("volumes",
      "The volumes of the project and region, in the order the API lists them.",
      List.of(
          ItemField.string("id", "The volume id.", Volume::id),
          ItemField.string("name", "The volume name, or null.", Volume::name),
          ItemField.number("size", "The size in GB, or null when the API shows none.",
              Volume::sizeGb),
          ItemField.string("type", "The storage type, such as `hdd` or `ssd`, or null.",
              Volume::type),
          ItemField.string("status",
              "The status as the API writes it, such as `available` or `in-use`, or null.",
              Volume::status),
          ItemField.string("region", "The region of the volume.", Volume::region),
          ItemField.string("created_at",
              "When the volume was created, as the API writes it, or null.",
              Volume::createdAt)));

  private VolumesDataSource() {}

  public static ListSpec<Volume> spec() {
    return ListSpec.inRegion(TYPE_NAME, "The block storage volumes of a project and region.",
        "volumes", ITEMS, (client, scope, mode) -> client.volumes().list(scope, mode));
  }
}
