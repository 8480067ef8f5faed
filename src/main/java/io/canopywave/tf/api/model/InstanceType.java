package io.canopywave.tf.api.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;

/**
 * One entry of {@code GET /instance-types}.
 *
 * @param flavor the code sent to launch ({@code H100-4})
 * @param name the display name instance lists show ({@code 4x H100 (80 GB SXM5)})
 * @param images the image names this type can boot
 * @param price the price as a number (the reference does not say its unit), or null
 * @param priceHour the human-readable hourly price, or null
 * @param specs the human-readable hardware description, or null
 */
public record InstanceType(
    String flavor,
    String name,
    List<String> images,
    BigDecimal price,
    String priceHour,
    String specs) {

  public static InstanceType fromJson(JsonNode node) {
    JsonFields f = JsonFields.of(node, "instance type");
    return new InstanceType(
        f.requiredText("flavor"),
        f.text("name"),
        f.textList("images"),
        f.decimal("price"),
        f.text("priceHour", "price_hour"),
        f.text("specs"));
  }
}
