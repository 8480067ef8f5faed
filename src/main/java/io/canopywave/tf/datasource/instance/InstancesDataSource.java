package io.canopywave.tf.datasource.instance;

import io.canopywave.tf.api.CacheMode;
import io.canopywave.tf.api.InstancesApi;
import io.canopywave.tf.api.model.InstanceSummary;
import io.canopywave.tf.datasource.common.ItemField;
import io.canopywave.tf.datasource.common.ItemList;
import io.canopywave.tf.datasource.common.ListQuery;
import io.canopywave.tf.datasource.common.ListSpec;
import io.canopywave.tf.datasource.common.ResolvedScope;
import io.canopywave.tf.resource.instance.InstanceCatalogue;
import io.canopywave.tf.resource.instance.InstanceStatus;
import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Diagnostic;
import io.canopywave.tf.spi.DiagnosticException;
import java.util.List;

/** {@code canopywave_instances}: the instances of a project, one region or all. */
public final class InstancesDataSource {
  public static final String TYPE_NAME = "canopywave_instances";

  static final String RUNNING_ONLY = "running_only";

  static final ItemList<ListedInstance> ITEMS = ItemList.objects("instances",
      "The instances, in the order the API lists them.",
      List.of(
          ItemField.string("id", "The instance id.", i -> i.summary().id()),
          ItemField.string("name", "The instance name.", i -> i.summary().name()),
          ItemField.string("flavor", "The flavor code, such as `H100-4` (the display name"
              + " itself when no instance type has it).", ListedInstance::flavor),
          ItemField.string("flavor_name", "The display name of the instance type, such as"
              + " `4x H100 (80 GB SXM5)`.", i -> i.summary().flavorName()),
          ItemField.string("region", "The region of the instance.",
              i -> i.summary().region()),
          ItemField.string("status", "The status, lower-case: `active`, `build`, `error`,"
              + " ... (`unknown` when the API shows none).", ListedInstance::status),
          ItemField.string("public_ip", "The public IP address, or null.",
              i -> i.summary().publicIp()),
          ItemField.string("launched_at", "When the instance booted, as the API writes it,"
              + " or null before that.", i -> i.summary().launchedAt()),
          ItemField.string("role", "The API's role label, such as `worker`, or null.",
              i -> i.summary().role()),
          ItemField.string("payment_mode", "The payment mode, or null.",
              i -> i.summary().paymentMode())));

  private InstancesDataSource() {}

  public static ListSpec<ListedInstance> spec() {
    return new ListSpec<>(TYPE_NAME,
        "The instances of a project: of one region (by default the provider's), or of every"
            + " region. With `running_only` only the active instances of one region, from the"
            + " API's running-instances endpoint. Instances the API still lists for a while"
            + " after they were terminated (status `deleted`) are left out.",
        "instances", new InstancesScope(),
        List.of(Attribute.bool(RUNNING_ONLY).optional()
            .description("Only active instances, read from the running-instances endpoint,"
                + " which needs a region (`region` or the provider's).")
            .build()),
        ITEMS, InstancesDataSource::fetch,
        (config, diagnostics) ->
            InstancesScope.checkConflicts(config, RUNNING_ONLY, diagnostics));
  }

  private static List<ListedInstance> fetch(ListQuery query) {
    InstancesApi instances = query.client().instances();
    ResolvedScope scope = query.scope();
    List<InstanceSummary> listed;
    if (query.config().bool(RUNNING_ONLY, false)) {
      if (scope.region() == null) {
        throw new DiagnosticException(Diagnostic.error(AttributePath.of(RUNNING_ONLY),
            "Running instances need a region",
            "`running_only` reads the API's running-instances endpoint, which answers for one"
                + " region only, and neither `region` nor the provider's `region` is set."
                + " Set `region`, or leave `running_only` unset to list every region."));
      }
      listed = instances.listRunning(scope.scope(), CacheMode.SHARED);
    } else {
      listed = instances.list(scope.project(), scope.region(), CacheMode.SHARED);
    }
    List<InstanceSummary> live = listed.stream()
        .filter(instance -> !InstanceStatus.of(instance.status()).isGone())
        .toList();
    if (live.isEmpty()) {
      return List.of();
    }
    InstanceCatalogue catalogue = InstanceDataSource.catalogue(query.client());
    return live.stream()
        .map(instance -> new ListedInstance(instance,
            catalogue.flavorCode(null, instance.flavorName(), null)))
        .toList();
  }
}
