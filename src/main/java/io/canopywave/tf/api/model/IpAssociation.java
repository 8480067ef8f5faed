package io.canopywave.tf.api.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The answer of {@code POST /ips/<ipId>/associate}. Missing fields fall back to the ones
 * requested.
 *
 * @param portId the instance's network port the IP now points at, or null
 */
public record IpAssociation(String instanceId, String ipId, String portId) {

  public static IpAssociation fromJson(
      JsonNode node, String requestedIp, String requestedInstance) {
    JsonFields f = JsonFields.of(node, "ip association");
    String instance = f.text("instanceId", "instance_id");
    String ip = f.text("ipId", "ip_id");
    return new IpAssociation(
        instance == null ? requestedInstance : instance,
        ip == null ? requestedIp : ip,
        f.text("portId", "port_id"));
  }
}
