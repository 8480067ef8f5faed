package io.canopywave.tf.resource.common;

import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.spi.ImportableResource;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.spi.PlanModifyingResource;
import io.canopywave.tf.value.CtyValue;
import java.util.Set;

/**
 * What every resource living in a project and region shares: its type name and schema, the
 * connection it calls the API through, and a plan that takes the provider's {@code project} and
 * {@code region} where the configuration sets none (see {@link ScopeAttributes}).
 */
public abstract class ScopedResource implements ImportableResource, PlanModifyingResource {
  private final String typeName;
  private final Schema schema;
  protected final ConnectionSource connections;

  protected ScopedResource(String typeName, Schema schema, ConnectionSource connections) {
    this.typeName = typeName;
    this.schema = schema;
    this.connections = connections;
  }

  @Override
  public final String typeName() {
    return typeName;
  }

  @Override
  public final Schema schema() {
    return schema;
  }

  /** Plans the scope; a resource with more to plan calls this first. */
  @Override
  public CtyValue modifyPlan(CtyValue prior, CtyValue config, CtyValue planned,
      Set<AttributePath> requiresReplace, Operation op) {
    return ScopeAttributes.planScope(prior, planned, config, connections, op.diagnostics());
  }
}
