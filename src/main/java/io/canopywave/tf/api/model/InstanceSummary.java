package io.canopywave.tf.api.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One entry of {@code GET /instances} or {@code GET /instances/running}.
 *
 * @param id the instance id
 * @param name the unique name given at launch
 * @param flavorName the instance type's display name ({@code "2x H100 (80 GB SXM5)"}), not the
 *     flavor code sent to launch
 * @param region the data center
 * @param status lower-case status as the list shows it ({@code active}, {@code build},
 *     {@code error}, ...); unknown values are kept as they are
 * @param publicIp the associated public IP address, or null
 * @param launchedAt when the instance booted, as the API writes it, or null before that
 * @param role the API's role label ({@code worker}), or null
 * @param paymentMode the payment mode, or null
 */
public record InstanceSummary(
    String id,
    String name,
    String flavorName,
    String region,
    String status,
    String publicIp,
    String launchedAt,
    String role,
    String paymentMode) {

  public static InstanceSummary fromJson(JsonNode node) {
    JsonFields f = JsonFields.of(node, "instance");
    return new InstanceSummary(
        f.requiredText("id"),
        f.text("name"),
        f.text("flavor"),
        f.text("region"),
        f.text("status"),
        f.text("publicIp", "public_ip"),
        f.text("launchedAt", "launched_at"),
        f.text("role"),
        f.text("paymentMode", "payment_mode"));
  }
}
