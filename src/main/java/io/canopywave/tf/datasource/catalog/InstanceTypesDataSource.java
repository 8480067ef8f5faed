package io.canopywave.tf.datasource.catalog;

import io.canopywave.tf.datasource.common.ItemField;
import io.canopywave.tf.datasource.common.ItemList;
import io.canopywave.tf.datasource.common.ListQuery;
import io.canopywave.tf.datasource.common.ListSpec;
import io.canopywave.tf.datasource.common.StandardScope;
import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.validators.Validators;
import io.canopywave.tf.value.ObjectReader;
import java.util.List;
import java.util.function.Predicate;

/** {@code canopywave_instance_types}: what can be launched, with parsed hardware facts. */
public final class InstanceTypesDataSource {
  public static final String TYPE_NAME = "canopywave_instance_types";

  static final String FLAVOR = "flavor";
  static final String GPU_MODEL = "gpu_model";
  static final String MIN_GPU_COUNT = "min_gpu_count";

  static final ItemList<ListedType> ITEMS = ItemList.objects("instance_types",
      "The instance types that pass the filters, in the order the API lists them.",
      List.of(
          ItemField.string("flavor", "The flavor code to launch with"
              + " (`canopywave_instance.flavor`), such as `H100-4`.", t -> t.type().flavor()),
          ItemField.string("name", "The display name, such as `4x H100 (80 GB SXM5)`;"
              + " instance lists show this one.", t -> t.type().name()),
          ItemField.strings("images", "The images this type can boot.",
              t -> t.type().images()),
          ItemField.number("price", "The price as the API gives it (the API does not say"
              + " its unit), or null.", t -> t.type().price()),
          ItemField.string("price_hour", "The hourly price as text, such as"
              + " `$2.25 / gpu / hour`, or null.", t -> t.type().priceHour()),
          ItemField.string("specs", "The hardware as text, such as"
              + " `80 cores, 800.0 GB RAM, 2 TB NVMe`, or null.", t -> t.type().specs()),
          ItemField.string("gpu_model", "The GPU model read from the display name, such as"
              + " `H100`; null for CPU types or when the name does not say.",
              t -> t.facts().gpuModel()),
          ItemField.number("gpu_count", "GPUs per instance read from the display name; `0`"
              + " for a CPU server, null when the name does not say.",
              t -> t.facts().gpuCount()),
          ItemField.number("vcpus", "Cores read from the specs (else from the display"
              + " name), or null.", t -> t.facts().vcpus()),
          ItemField.number("memory_gb", "RAM in GB read from the specs, or null.",
              t -> t.facts().memoryGb())));

  private InstanceTypesDataSource() {}

  public static ListSpec<ListedType> spec() {
    return new ListSpec<>(TYPE_NAME,
        "Every instance type that can be launched: its flavor code, display name, images and"
            + " prices, plus hardware facts parsed from the display name and specs text"
            + " (`gpu_model`, `gpu_count`, `vcpus`, `memory_gb`) for filtering. The filters"
            + " combine; filters that match nothing give an empty list.",
        "instance types", StandardScope.GLOBAL,
        List.of(
            Attribute.string(FLAVOR).optional().validator(Validators.nonEmpty())
                .description("Only the type with this flavor code, such as `H100-4`.")
                .build(),
            Attribute.string(GPU_MODEL).optional().validator(Validators.nonEmpty())
                .description("Only types with this GPU model, such as `H100` (any letter"
                    + " case).")
                .build(),
            Attribute.number(MIN_GPU_COUNT).optional()
                .validator(Validators.integerBetween(0, Integer.MAX_VALUE))
                .description("Only types with at least this many GPUs. Types whose GPU count"
                    + " cannot be read from the name are left out.")
                .build()),
        ITEMS, InstanceTypesDataSource::fetch, ListSpec.ConfigCheck.NONE);
  }

  private static List<ListedType> fetch(ListQuery query) {
    return query.client().catalog().instanceTypes().stream()
        .map(ListedType::of)
        .filter(filter(query.config()))
        .toList();
  }

  /** The filters of a configuration as one predicate; unset filters pass everything. */
  static Predicate<ListedType> filter(ObjectReader config) {
    String flavor = config.string(FLAVOR);
    String gpuModel = config.string(GPU_MODEL);
    Long minGpus = config.longValue(MIN_GPU_COUNT);
    return listed -> (flavor == null || flavor.equals(listed.type().flavor()))
        && (gpuModel == null || gpuModel.equalsIgnoreCase(listed.facts().gpuModel()))
        && (minGpus == null
            || listed.facts().gpuCount() != null && listed.facts().gpuCount() >= minGpus);
  }
}
