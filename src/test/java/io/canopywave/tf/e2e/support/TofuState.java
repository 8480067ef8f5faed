package io.canopywave.tf.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code tofu show -json} output: the resources of the root module. */
public final class TofuState {
  private TofuState() {}

  /** The {@code resources} entries of type {@code type} (each with values, sensitive_values). */
  public static List<JsonNode> resources(JsonNode show, String type) {
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode resource : show.path("values").path("root_module").path("resources")) {
      if (type.equals(resource.path("type").asText())) {
        found.add(resource);
      }
    }
    return found;
  }

  /** The only resource of {@code type}; fails when there is none or more than one. */
  public static JsonNode only(JsonNode show, String type) {
    List<JsonNode> found = resources(show, type);
    if (found.size() != 1) {
      throw new AssertionError("expected one " + type + " in the state, found " + found.size()
          + ": " + show);
    }
    return found.getFirst();
  }

  /** The {@code values} of the only resource of {@code type}. */
  public static JsonNode values(JsonNode show, String type) {
    return only(show, type).path("values");
  }

  /** Every resource in the state, of any type. */
  public static int count(JsonNode show) {
    return show.path("values").path("root_module").path("resources").size();
  }
}
