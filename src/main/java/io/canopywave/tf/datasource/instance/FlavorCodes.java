package io.canopywave.tf.datasource.instance;

import io.canopywave.tf.api.CatalogApi;
import io.canopywave.tf.api.model.InstanceType;
import java.util.HashMap;
import java.util.Map;

/**
 * Instance lists name an instance's type by its display name ({@code 4x H100 (80 GB SXM5)});
 * launching takes the flavor code ({@code H100-4}). The instance types map one to the other.
 */
final class FlavorCodes {
  private final Map<String, String> codeByName;

  private FlavorCodes(Map<String, String> codeByName) {
    this.codeByName = codeByName;
  }

  /** The mapping of the catalogue's current types (one, cached, list call). */
  static FlavorCodes of(CatalogApi catalog) {
    Map<String, String> codes = new HashMap<>();
    for (InstanceType type : catalog.instanceTypes()) {
      if (type.name() != null) {
        codes.putIfAbsent(type.name(), type.flavor());
      }
    }
    return new FlavorCodes(codes);
  }

  /** The code of the type shown as {@code displayName}, or null when no type has that name. */
  String codeOf(String displayName) {
    return displayName == null ? null : codeByName.get(displayName);
  }
}
