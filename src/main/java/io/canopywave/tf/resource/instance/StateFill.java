package io.canopywave.tf.resource.instance;

import io.canopywave.tf.value.CtyValue;
import io.canopywave.tf.value.ObjectReader;
import java.util.TreeMap;

/**
 * The state an apply returns: every value the plan knew, as planned (the client refuses any
 * other), and the values it left unknown from what the API showed, or null.
 */
final class StateFill {
  private StateFill() {}

  /**
   * @param planned the planned state, which may hold unknowns
   * @param source a state of the same type with the values to fill in
   */
  static CtyValue.ObjectVal fill(CtyValue planned, CtyValue source) {
    CtyValue.ObjectVal plan = ObjectReader.of(planned).object();
    CtyValue.ObjectVal from = ObjectReader.of(source).object();
    TreeMap<String, CtyValue> filled = new TreeMap<>();
    plan.attributes().forEach((name, value) -> {
      CtyValue fallback = from.get(name);
      filled.put(name, value.isWhollyKnown() ? value
          : fallback.isWhollyKnown() ? fallback : CtyValue.nullOf(value.type()));
    });
    return new CtyValue.ObjectVal(plan.type(), filled);
  }
}
