package io.canopywave.tf.api.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /instance-operations/launch}.
 *
 * @param flavor the flavor code ({@code H100-4}), not the display name
 * @param password the default SSH login password; never shown by {@link #toString}
 * @param keypair the SSH key pair name, or null for none
 * @param monitoring whether to enable the monitoring page, or null to let the API decide
 */
public record LaunchRequest(
    Scope scope,
    String name,
    String flavor,
    String image,
    String password,
    String keypair,
    Boolean monitoring) {

  public LaunchRequest {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(flavor, "flavor");
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(password, "password");
  }

  /** The JSON body, in the reference's field order; absent optionals are left out. */
  public Map<String, Object> toJson() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("region", scope.region());
    body.put("project", scope.project());
    body.put("name", name);
    body.put("flavor", flavor);
    body.put("image", image);
    body.put("password", password);
    if (keypair != null) {
      body.put("keypair", keypair);
    }
    if (monitoring != null) {
      body.put("is_monitoring", monitoring);
    }
    return body;
  }

  @Override
  public String toString() {
    return "LaunchRequest[scope=" + scope + ", name=" + name + ", flavor=" + flavor
        + ", image=" + image + ", password=***, keypair=" + keypair
        + ", monitoring=" + monitoring + "]";
  }
}
