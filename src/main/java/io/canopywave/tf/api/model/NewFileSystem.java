package io.canopywave.tf.api.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The body of {@code POST /file-systems}; the size is sent as a JSON number (GB). */
public record NewFileSystem(Scope scope, String name, long sizeGb) {

  public NewFileSystem {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(name, "name");
  }

  public Map<String, Object> toJson() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("region", scope.region());
    body.put("project", scope.project());
    body.put("name", name);
    body.put("size", sizeGb);
    return body;
  }
}
