package io.canopywave.tf.api.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /ssh-keys}.
 *
 * @param publicKey an OpenSSH public key to import, or null to have the API generate a pair
 */
public record NewSshKey(Scope scope, String name, String publicKey) {

  public NewSshKey {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(name, "name");
  }

  public Map<String, Object> toJson() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("region", scope.region());
    body.put("project", scope.project());
    body.put("name", name);
    if (publicKey != null) {
      body.put("publicKey", publicKey);
    }
    return body;
  }
}
