package io.canopywave.tf.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.canopywave.tf.api.model.ResponseShapeException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Opens the API's {@code {"data": ...}} envelope and reads lists in it. */
public final class Envelope {
  private Envelope() {}

  /** The enveloped payload; the answer must have one. */
  public static JsonNode data(JsonNode answer) {
    if (answer != null && answer.isObject() && answer.has("data")) {
      return answer.get("data");
    }
    throw new ResponseShapeException("the answer has no \"data\" envelope");
  }

  /** The enveloped payload when there is one, else the whole answer (terminate, billing). */
  public static JsonNode dataOrBare(JsonNode answer) {
    if (answer != null && answer.isObject() && answer.has("data")) {
      return answer.get("data");
    }
    return answer;
  }

  /** Each element of an enveloped list, read with {@code reader}; a null payload is empty. */
  public static <T> List<T> list(JsonNode answer, Function<JsonNode, T> reader) {
    JsonNode data = data(answer);
    if (data == null || data.isNull()) {
      return List.of();
    }
    if (!data.isArray()) {
      throw new ResponseShapeException("\"data\" is not a list");
    }
    List<T> items = new ArrayList<>(data.size());
    data.forEach(node -> items.add(reader.apply(node)));
    return List.copyOf(items);
  }
}
