package io.canopywave.tf.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code tofu show -json} output: resources of the root module by address. */
public final class StateJson {
  private StateJson() {}

  /** The addresses of the root module's resources (data sources included), in state order. */
  public static List<String> addresses(JsonNode show) {
    List<String> addresses = new ArrayList<>();
    for (JsonNode resource : show.path("values").path("root_module").path("resources")) {
      addresses.add(resource.path("address").asText());
    }
    return addresses;
  }

  /**
   * The state's entry for the resource at {@code address}: {@code values},
   * {@code sensitive_values}, and {@code tainted} when it is.
   *
   * @throws AssertionError when the state holds no such resource
   */
  public static JsonNode resource(JsonNode show, String address) {
    for (JsonNode resource : show.path("values").path("root_module").path("resources")) {
      if (address.equals(resource.path("address").asText())) {
        return resource;
      }
    }
    throw new AssertionError("no " + address + " in state; it holds " + addresses(show));
  }

  /**
   * The attribute values of the resource at {@code address}.
   *
   * @throws AssertionError when the state holds no such resource
   */
  public static JsonNode values(JsonNode show, String address) {
    return resource(show, address).path("values");
  }

  /**
   * The attribute values of every instance of the resource at {@code address} with
   * {@code count} or {@code for_each} ({@code address[0]}, {@code address[1]}, ...), in state
   * order.
   */
  public static List<JsonNode> countedValues(JsonNode show, String address) {
    List<JsonNode> values = new ArrayList<>();
    for (JsonNode resource : show.path("values").path("root_module").path("resources")) {
      if (resource.path("address").asText().startsWith(address + "[")) {
        values.add(resource.path("values"));
      }
    }
    return values;
  }

  /**
   * The planned change of the resource at {@code address} in {@code tofu show -json <plan>}
   * output: {@code actions}, {@code before}, {@code after}, {@code replace_paths}.
   *
   * @throws AssertionError when the plan holds no change for it
   */
  public static JsonNode change(JsonNode plan, String address) {
    for (JsonNode change : plan.path("resource_changes")) {
      if (address.equals(change.path("address").asText())) {
        return change.path("change");
      }
    }
    throw new AssertionError("no change for " + address + " in plan: " + plan);
  }

  /** The change's actions, such as {@code [update]} or {@code [delete, create]}. */
  public static List<String> actions(JsonNode change) {
    List<String> actions = new ArrayList<>();
    change.path("actions").forEach(action -> actions.add(action.asText()));
    return actions;
  }

  /**
   * The {@code sensitive_values} of the resource at {@code address}: which attributes the
   * state marks sensitive ({@code "private_key": true}).
   */
  public static JsonNode sensitiveValues(JsonNode show, String address) {
    return resource(show, address).path("sensitive_values");
  }

  /** The attribute paths that force the change's replacement, steps joined by dots. */
  public static List<String> replacePaths(JsonNode change) {
    List<String> paths = new ArrayList<>();
    for (JsonNode path : change.path("replace_paths")) {
      List<String> steps = new ArrayList<>();
      path.forEach(step -> steps.add(step.asText()));
      paths.add(String.join(".", steps));
    }
    return paths;
  }
}
