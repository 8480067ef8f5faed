package io.canopywave.tf.api.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@code GET /instances/<id>}: the raw OpenStack server document. The typed fields
 * are the ones the provider uses; {@link #raw} keeps the whole document (immutable, nulls kept).
 *
 * @param status upper-case OpenStack status ({@code ACTIVE}, {@code BUILD}, {@code ERROR},
 *     {@code SHUTOFF}, ...), unknown values kept as they are
 * @param vmState {@code OS-EXT-STS:vm_state}, or null
 * @param taskState {@code OS-EXT-STS:task_state}, or null when no task runs
 * @param powerState {@code OS-EXT-STS:power_state} (1 = running), or null
 * @param keyName the SSH key pair given at launch ({@code key_name}), or null
 * @param flavorId {@code flavor.id} (an OpenStack id, not the launch flavor code), or null
 * @param imageId {@code image.id}, or null (OpenStack writes an empty string when the instance
 *     boots from a volume)
 * @param created {@code created}, e.g. {@code 2025-05-24T01:15:50Z}
 * @param launchedAt {@code OS-SRV-USG:launched_at}, or null before the first boot
 * @param availabilityZone {@code OS-EXT-AZ:availability_zone}, or null
 * @param securityGroups the names in {@code security_groups}, in document order
 * @param metadata the {@code metadata} map, values as text
 * @param addresses network name to its addresses, in document order
 * @param attachedVolumeIds ids from {@code os-extended-volumes:volumes_attached}
 */
public record InstanceDetail(
    String id,
    String name,
    String status,
    String vmState,
    String taskState,
    Integer powerState,
    String keyName,
    String flavorId,
    String imageId,
    String created,
    String launchedAt,
    String availabilityZone,
    List<String> securityGroups,
    Map<String, String> metadata,
    Map<String, List<InstanceAddress>> addresses,
    List<String> attachedVolumeIds,
    Map<String, Object> raw) {

  /** The first floating (public) address on any network, or null. */
  public String floatingAddress() {
    return addresses.values().stream()
        .flatMap(List::stream)
        .filter(InstanceAddress::isFloating)
        .map(InstanceAddress::address)
        .findFirst()
        .orElse(null);
  }

  /** The first fixed (private) IPv4 address on any network, or null. */
  public String fixedIpv4Address() {
    return addresses.values().stream()
        .flatMap(List::stream)
        .filter(a -> !a.isFloating() && (a.version() == null || a.version() == 4))
        .map(InstanceAddress::address)
        .findFirst()
        .orElse(null);
  }

  @SuppressWarnings("unchecked")
  public static InstanceDetail fromJson(JsonNode node) {
    JsonFields f = JsonFields.of(node, "instance detail");
    Long power = f.integer("OS-EXT-STS:power_state");
    return new InstanceDetail(
        f.requiredText("id"),
        f.text("name"),
        f.text("status"),
        f.text("OS-EXT-STS:vm_state"),
        f.text("OS-EXT-STS:task_state"),
        power == null ? null : power.intValue(),
        f.text("key_name"),
        reference(f.node("flavor"), "flavor"),
        reference(f.node("image"), "image"),
        f.text("created"),
        f.text("OS-SRV-USG:launched_at"),
        f.text("OS-EXT-AZ:availability_zone"),
        names(f.node("security_groups")),
        metadata(f.node("metadata")),
        addresses(f.node("addresses")),
        ids(f.node("os-extended-volumes:volumes_attached")),
        (Map<String, Object>) JsonFields.plain(node));
  }

  /** {@code {"id": ...}} (older APIs) or {@code {"original_name": ...}} (newer ones). */
  private static String reference(JsonNode node, String what) {
    if (node == null || !node.isObject()) {
      String text = node == null ? null : node.asText();
      return text == null || text.isEmpty() ? null : text;
    }
    return JsonFields.of(node, what).text("id", "original_name");
  }

  private static List<String> names(JsonNode node) {
    return objects(node).stream().map(o -> JsonFields.of(o, "security group").text("name"))
        .toList();
  }

  private static List<String> ids(JsonNode node) {
    return objects(node).stream().map(o -> JsonFields.of(o, "attached volume").text("id"))
        .toList();
  }

  private static List<JsonNode> objects(JsonNode node) {
    List<JsonNode> items = new ArrayList<>();
    if (node != null && node.isArray()) {
      node.forEach(items::add);
    }
    return items;
  }

  private static Map<String, String> metadata(JsonNode node) {
    Map<String, String> map = new LinkedHashMap<>();
    if (node != null && node.isObject()) {
      node.properties().forEach(e -> map.put(e.getKey(), e.getValue().asText()));
    }
    return Collections.unmodifiableMap(map);
  }

  private static Map<String, List<InstanceAddress>> addresses(JsonNode node) {
    Map<String, List<InstanceAddress>> map = new LinkedHashMap<>();
    if (node != null && node.isObject()) {
      node.properties().forEach(e -> map.put(e.getKey(),
          objects(e.getValue()).stream().map(InstanceAddress::fromJson).toList()));
    }
    return Collections.unmodifiableMap(map);
  }
}
