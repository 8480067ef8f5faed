package io.canopywave.tf.plan;

import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.value.CtyValue;
import java.util.List;
import java.util.Optional;

/**
 * Follows an {@link AttributePath} into a value, as the client resolves replace paths: a step
 * into a null or unknown value, or to an attribute, key or index that is not there, resolves to
 * nothing. Set elements have no step, so a path ends at a set.
 */
public final class ValueAtPath {
  private ValueAtPath() {}

  public static Optional<CtyValue> find(CtyValue root, AttributePath path) {
    CtyValue current = root;
    for (AttributePath.Step step : path.steps()) {
      current = step(current, step);
      if (current == null) {
        return Optional.empty();
      }
    }
    return Optional.of(current);
  }

  private static CtyValue step(CtyValue value, AttributePath.Step step) {
    return switch (step) {
      case AttributePath.Step.Attribute a ->
          value instanceof CtyValue.ObjectVal o ? o.attributes().get(a.name()) : null;
      // A map of nested blocks holding a dynamic attribute is an object keyed by label.
      case AttributePath.Step.MapKey k -> switch (value) {
        case CtyValue.MapVal m -> m.elements().get(k.key());
        case CtyValue.ObjectVal o -> o.attributes().get(k.key());
        default -> null;
      };
      case AttributePath.Step.Index i -> switch (value) {
        case CtyValue.ListVal l -> element(l.elements(), i.index());
        case CtyValue.TupleVal t -> element(t.elements(), i.index());
        default -> null;
      };
    };
  }

  private static CtyValue element(List<CtyValue> elements, long index) {
    return index >= 0 && index < elements.size() ? elements.get((int) index) : null;
  }
}
