package io.canopywave.tf.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code tofu show -json <planfile>} output: what each resource change will do. */
public final class TofuPlan {
  private TofuPlan() {}

  /** The planned actions for {@code address}: {@code ["no-op"]}, {@code ["delete", "create"]}. */
  public static List<String> actions(JsonNode plan, String address) {
    List<String> actions = new ArrayList<>();
    change(plan, address).path("actions").forEach(a -> actions.add(a.asText()));
    return actions;
  }

  /** The attribute paths that force the replacement, each joined with dots: {@code size}. */
  public static List<String> replacePaths(JsonNode plan, String address) {
    List<String> paths = new ArrayList<>();
    for (JsonNode path : change(plan, address).path("replace_paths")) {
      List<String> steps = new ArrayList<>();
      path.forEach(step -> steps.add(step.asText()));
      paths.add(String.join(".", steps));
    }
    return paths;
  }

  private static JsonNode change(JsonNode plan, String address) {
    for (JsonNode change : plan.path("resource_changes")) {
      if (address.equals(change.path("address").asText())) {
        return change.path("change");
      }
    }
    throw new AssertionError("the plan has no change for " + address + ": " + plan);
  }
}
