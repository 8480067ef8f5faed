package io.canopywave.tf.datasource.catalog;

import io.canopywave.tf.api.CatalogApi;
import io.canopywave.tf.api.model.InstanceType;
import io.canopywave.tf.datasource.common.ItemList;
import io.canopywave.tf.datasource.common.ListQuery;
import io.canopywave.tf.datasource.common.ListSpec;
import io.canopywave.tf.datasource.common.StandardScope;
import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.validators.Validators;
import java.util.List;
import java.util.Optional;

/** {@code canopywave_images}: the operating system images, optionally those of one flavor. */
public final class ImagesDataSource {
  public static final String TYPE_NAME = "canopywave_images";

  static final String FLAVOR = "flavor";

  private ImagesDataSource() {}

  public static ListSpec<String> spec() {
    return new ListSpec<>(TYPE_NAME,
        "The operating system images instances can boot, such as `GPU-Ubuntu.22.04`.",
        "images", StandardScope.GLOBAL,
        List.of(Attribute.string(FLAVOR).optional().validator(Validators.nonEmpty())
            .description("Only the images this flavor code (such as `H100-4`) can boot, as"
                + " the instance types list them. A flavor that does not exist gives an"
                + " empty list.")
            .build()),
        ItemList.strings("names", "The image names, in the order the API lists them."),
        ImagesDataSource::fetch, ListSpec.ConfigCheck.NONE);
  }

  private static List<String> fetch(ListQuery query) {
    CatalogApi catalog = query.client().catalog();
    String flavor = query.config().string(FLAVOR);
    if (flavor == null) {
      return catalog.images();
    }
    Optional<InstanceType> type = catalog.instanceTypes().stream()
        .filter(t -> t.flavor().equals(flavor))
        .findFirst();
    return type.map(t -> imagesOf(catalog.images(), t)).orElse(List.of());
  }

  /** The images the API lists that {@code type} can boot, in the API's order. */
  static List<String> imagesOf(List<String> images, InstanceType type) {
    return images.stream().filter(type.images()::contains).toList();
  }
}
