package io.canopywave.tf.api.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One address of an instance on one network, from the detail's {@code addresses} map.
 *
 * @param address the IP address ({@code addr})
 * @param version 4 or 6, or null when not given
 * @param type {@code fixed} (private) or {@code floating} (public), from
 *     {@code OS-EXT-IPS:type}, or null
 * @param macAddress the port's MAC address, or null
 */
public record InstanceAddress(String address, Integer version, String type, String macAddress) {

  public boolean isFloating() {
    return "floating".equalsIgnoreCase(type);
  }

  public static InstanceAddress fromJson(JsonNode node) {
    JsonFields f = JsonFields.of(node, "instance address");
    Long version = f.integer("version");
    return new InstanceAddress(
        f.requiredText("addr"),
        version == null ? null : version.intValue(),
        f.text("OS-EXT-IPS:type"),
        f.text("OS-EXT-IPS-MAC:mac_addr"));
  }
}
