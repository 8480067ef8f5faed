package io.canopywave.tf.api.model;

import com.fasterxml.jackson.databind.JsonNode;

/** The answer of {@code POST /ips}: the new public IP's id and address. */
public record AllocatedIp(String id, String ip) {

  public static AllocatedIp fromJson(JsonNode node) {
    JsonFields f = JsonFields.of(node, "allocated ip");
    return new AllocatedIp(f.requiredText("id"), f.text("ip", "address"));
  }
}
