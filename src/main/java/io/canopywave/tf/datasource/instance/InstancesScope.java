package io.canopywave.tf.datasource.instance;

import io.canopywave.tf.datasource.common.QueryScope;
import io.canopywave.tf.datasource.common.ResolvedScope;
import io.canopywave.tf.resource.common.Connection;
import io.canopywave.tf.resource.common.ScopeAttributes;
import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Diagnostics;
import io.canopywave.tf.schema.validators.Validators;
import io.canopywave.tf.value.CtyValue;
import io.canopywave.tf.value.ObjectReader;
import java.util.List;
import java.util.Optional;

/**
 * The scope of {@code canopywave_instances}: a project and, unlike the other lists, optionally
 * every region, which the instance list endpoint allows.
 */
final class InstancesScope implements QueryScope {
  static final String ALL_REGIONS = "all_regions";

  @Override
  public List<Attribute> attributes() {
    return List.of(
        ScopeAttributes.project(false),
        Attribute.string(ScopeAttributes.REGION).optional().computed()
            .validator(Validators.nonEmpty())
            .description("Only instances of this region (data center), such as `sequoia`."
                + " Defaults to the provider's `region`; when neither is set, or"
                + " `all_regions` is true, instances of every region are listed and this"
                + " stays null.")
            .build(),
        Attribute.bool(ALL_REGIONS).optional()
            .description("List the instances of every region, even when the provider sets a"
                + " default `region`. Conflicts with `region` and `running_only`.")
            .build());
  }

  @Override
  public Optional<ResolvedScope> resolve(CtyValue config, Connection connection,
      Diagnostics diagnostics) {
    String project = ScopeAttributes.resolveProject(config, connection, diagnostics);
    if (project == null) {
      return Optional.empty();
    }
    ObjectReader reader = ObjectReader.of(config);
    String region = reader.string(ScopeAttributes.REGION);
    if (region == null && !reader.bool(ALL_REGIONS, false)) {
      region = connection.defaultRegion();
    }
    return Optional.of(new ResolvedScope(project,
        region == null || region.isBlank() ? null : region));
  }

  /** {@code all_regions = true} beside a region or {@code running_only}. */
  static void checkConflicts(CtyValue config, String runningOnly, Diagnostics diagnostics) {
    if (!(config instanceof CtyValue.ObjectVal object)
        || !CtyValue.bool(true).equals(object.get(ALL_REGIONS))) {
      return;
    }
    if (!object.get(ScopeAttributes.REGION).isNull()) {
      diagnostics.error(AttributePath.of(ALL_REGIONS), "Conflicting arguments",
          "`all_regions = true` lists every region, so `region` must not be set as well."
              + " Remove one of them.");
    }
    if (CtyValue.bool(true).equals(object.get(runningOnly))) {
      diagnostics.error(AttributePath.of(ALL_REGIONS), "Conflicting arguments",
          "`running_only` reads the API's running-instances endpoint, which answers for one"
              + " region only, so it cannot be combined with `all_regions = true`. Set"
              + " `region` instead, or leave `running_only` unset.");
    }
  }
}
