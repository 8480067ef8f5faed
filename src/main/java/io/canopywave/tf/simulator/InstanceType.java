package io.canopywave.tf.simulator;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One entry of {@code GET /instance-types}: launch takes the {@code flavor} code, instance
 * lists show the display {@code name}, and the detail shows an OpenStack flavor id.
 */
record InstanceType(
    String flavor, List<String> images, String name, long price, String priceHour, String specs) {

  InstanceType {
    images = List.copyOf(images);
  }

  /** A stable OpenStack-style id, the same in every run. */
  String openstackId() {
    return UUID.nameUUIDFromBytes(("flavor:" + flavor).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  boolean gpu() {
    return flavor.startsWith("H");
  }

  Map<String, Object> toJson() {
    var json = new LinkedHashMap<String, Object>();
    json.put("flavor", flavor);
    json.put("images", images);
    json.put("name", name);
    json.put("price", price);
    json.put("priceHour", priceHour);
    json.put("specs", specs);
    return json;
  }
}
