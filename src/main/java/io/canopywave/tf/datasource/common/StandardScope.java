package io.canopywave.tf.datasource.common;

import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.resource.common.Connection;
import io.canopywave.tf.resource.common.ScopeAttributes;
import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.Diagnostics;
import io.canopywave.tf.value.CtyValue;
import java.util.List;
import java.util.Optional;

/** The scopes of the API's read endpoints. */
public enum StandardScope implements QueryScope {
  /** Data of the whole cloud: projects, images, instance types. */
  GLOBAL {
    @Override
    public List<Attribute> attributes() {
      return List.of();
    }

    @Override
    public Optional<ResolvedScope> resolve(CtyValue config, Connection connection,
        Diagnostics diagnostics) {
      return Optional.of(ResolvedScope.GLOBAL);
    }
  },

  /** Data of one project (billing): {@code project}, defaulting to the provider's. */
  PROJECT {
    @Override
    public List<Attribute> attributes() {
      return List.of(ScopeAttributes.project(false));
    }

    @Override
    public Optional<ResolvedScope> resolve(CtyValue config, Connection connection,
        Diagnostics diagnostics) {
      return Optional.ofNullable(ScopeAttributes.resolveProject(config, connection, diagnostics))
          .map(project -> new ResolvedScope(project, null));
    }
  },

  /** Objects of one project and region, both defaulting to the provider's. */
  PROJECT_AND_REGION {
    @Override
    public List<Attribute> attributes() {
      return ScopeAttributes.attributes(false);
    }

    @Override
    public Optional<ResolvedScope> resolve(CtyValue config, Connection connection,
        Diagnostics diagnostics) {
      Scope scope = ScopeAttributes.resolve(config, connection, diagnostics);
      return Optional.ofNullable(scope)
          .map(resolved -> new ResolvedScope(resolved.project(), resolved.region()));
    }
  }
}
