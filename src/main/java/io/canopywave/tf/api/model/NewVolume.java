package io.canopywave.tf.api.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /volumes}; the size is sent as a JSON number (GB).
 *
 * @param type the storage type ({@code hdd}, {@code ssd})
 */
public record NewVolume(Scope scope, String name, String type, long sizeGb) {

  public NewVolume {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  public Map<String, Object> toJson() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("region", scope.region());
    body.put("project", scope.project());
    body.put("name", name);
    body.put("type", type);
    body.put("size", sizeGb);
    return body;
  }
}
