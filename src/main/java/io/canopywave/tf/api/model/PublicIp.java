package io.canopywave.tf.api.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One entry of {@code GET /ips}.
 *
 * @param ip the address
 * @param server the associated instance's name (not its id), or null when unassociated
 * @param status {@code ACTIVE} when associated, {@code DOWN} when not; unknown values kept
 */
public record PublicIp(String id, String ip, String server, String status) {

  public static PublicIp fromJson(JsonNode node) {
    JsonFields f = JsonFields.of(node, "public ip");
    return new PublicIp(
        f.requiredText("id"), f.text("ip", "address"), f.text("server"), f.text("status"));
  }
}
