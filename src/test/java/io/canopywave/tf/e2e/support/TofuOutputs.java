package io.canopywave.tf.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code tofu output -json}: the root module's outputs. */
public final class TofuOutputs {
  private TofuOutputs() {}

  /** Each output's value by its name (sensitive ones included, as tofu prints them). */
  public static JsonNode values(TofuWorkspace workspace) {
    JsonNode outputs = TofuWorkspace.parseJson(
        workspace.runOk("output", "-json", "-no-color").stdout());
    ObjectNode values = JsonNodeFactory.instance.objectNode();
    outputs.properties().forEach(e -> values.set(e.getKey(), e.getValue().path("value")));
    return values;
  }

  /** The elements of a list output as text. */
  public static List<String> texts(JsonNode list) {
    List<String> texts = new ArrayList<>();
    list.forEach(item -> texts.add(item.asText()));
    return texts;
  }
}
