package io.canopywave.tf.resource.common;

import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.plan.ImportId;
import io.canopywave.tf.plan.Timeouts;
import io.canopywave.tf.schema.Diagnostics;
import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.value.CtyValue;
import io.canopywave.tf.value.ObjectReader;
import io.canopywave.tf.value.Values;
import java.util.function.BiFunction;

/**
 * The state of a resource of a {@link ScopedSchema}: what every such state holds beside the
 * resource's own attributes, its {@code project}, {@code region} and {@code timeouts} block;
 * and the state an import starts from.
 */
public final class ScopedState {
  private ScopedState() {}

  /**
   * A state of {@code schema} holding {@code scope} and {@code timeouts}, for the resource to
   * set its own attributes on.
   *
   * @param timeouts the block's value, from the plan or the prior state
   */
  public static Values.ObjectBuilder builder(Schema schema, Scope scope, CtyValue timeouts) {
    return Values.objectBuilder(schema.impliedType())
        .set(ScopeAttributes.PROJECT, scope.project())
        .set(ScopeAttributes.REGION, scope.region())
        .set(Timeouts.BLOCK_NAME, timeouts);
  }

  /**
   * The state an import starts from: the scope and the id of a scoped import id
   * ({@code project/region/<id>}, or the bare id with the provider's defaults), which the read
   * then completes; {@code extra} may add more. A null state, with an error naming the accepted
   * forms, for a malformed id.
   *
   * @param idLabel the attribute that holds the id, and what the error calls the last part
   * @param exampleId a plausible last part for the example in the error
   */
  public static CtyValue imported(String raw, Schema schema, ConnectionSource connections,
      String idLabel, String exampleId,
      BiFunction<ImportId, Values.ObjectBuilder, Values.ObjectBuilder> extra,
      Diagnostics diagnostics) {
    return ScopeAttributes.importId(raw, connections, idLabel, exampleId, diagnostics)
        .<CtyValue>map(parsed -> extra.apply(parsed, Values.objectBuilder(schema.impliedType())
                .set(idLabel, parsed.id())
                .set(ScopeAttributes.PROJECT, parsed.project())
                .set(ScopeAttributes.REGION, parsed.region()))
            .build())
        .orElseGet(() -> CtyValue.nullOf(schema.impliedType()));
  }

  /** The {@code timeouts} block of a plan or state. */
  public static CtyValue timeoutsOf(CtyValue source) {
    return ObjectReader.of(source).value(Timeouts.BLOCK_NAME);
  }
}
