package io.canopywave.tf.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The raw OpenStack server document of {@code GET /instances/<id>}, with the reference's keys
 * in the reference's order. Links point at a documentation address (192.0.2.0/24), never at a
 * routable host.
 */
final class InstanceDetail {
  private static final String COMPUTE_ENDPOINT = "http://192.0.2.10:8774";

  private InstanceDetail() {}

  static Map<String, Object> render(Instance instance, Instant now) {
    String status = instance.status(now);
    var doc = new LinkedHashMap<String, Object>();
    doc.put("OS-DCF:diskConfig", "MANUAL");
    doc.put("OS-EXT-AZ:availability_zone", "nova");
    doc.put("OS-EXT-SRV-ATTR:host", instance.hostName);
    doc.put("OS-EXT-SRV-ATTR:hypervisor_hostname", instance.hostName);
    doc.put("OS-EXT-SRV-ATTR:instance_name", String.format("instance-%08x", instance.sequence));
    doc.put("OS-EXT-STS:power_state", powerState(status));
    doc.put("OS-EXT-STS:task_state", taskState(status));
    doc.put("OS-EXT-STS:vm_state", vmState(status));
    doc.put("OS-SRV-USG:launched_at", Times.micros(instance.launchedAt(now)));
    doc.put("OS-SRV-USG:terminated_at", Times.micros(instance.terminatedAt));
    doc.put("accessIPv4", "");
    doc.put("accessIPv6", "");
    doc.put("addresses", Map.of(networkName(instance.project), addresses(instance)));
    doc.put("config_drive", "");
    doc.put("created", Times.seconds(instance.createdAt));
    doc.put("flavor", reference(instance.type.openstackId(), "/flavors/"));
    doc.put("hostid", hex("SHA-224", instance.project + "/" + instance.hostName));
    doc.put("id", instance.id);
    doc.put("image", reference(Catalog.imageOpenstackId(instance.image), "/images/"));
    doc.put("key_name", instance.keypair);
    doc.put(
        "links",
        List.of(
            link(COMPUTE_ENDPOINT + "/v2.1/servers/" + instance.id, "self"),
            link(COMPUTE_ENDPOINT + "/servers/" + instance.id, "bookmark")));
    doc.put("metadata", Map.of());
    doc.put("name", instance.name);
    doc.put("os-extended-volumes:volumes_attached", List.of());
    doc.put("progress", 0);
    doc.put("security_groups", securityGroups(instance.monitoring));
    doc.put("status", status);
    doc.put("tenant_id", hex("MD5", "tenant:" + instance.project));
    doc.put("updated", Times.seconds(instance.lastUpdate(now)));
    doc.put("user_id", hex("MD5", "user:" + instance.project));
    return doc;
  }

  /** {@code bob@example.com} has the network {@code bob_example_com-network}. */
  static String networkName(String project) {
    return project.replaceAll("[^A-Za-z0-9]", "_") + "-network";
  }

  private static List<Object> addresses(Instance instance) {
    var list = new ArrayList<Object>();
    list.add(address(instance, "fixed", instance.privateAddress));
    if (instance.publicIp != null) {
      list.add(address(instance, "floating", instance.publicIp.address));
    }
    return list;
  }

  private static Map<String, Object> address(Instance instance, String type, String addr) {
    var json = new LinkedHashMap<String, Object>();
    json.put("OS-EXT-IPS-MAC:mac_addr", instance.macAddress);
    json.put("OS-EXT-IPS:type", type);
    json.put("addr", addr);
    json.put("version", 4);
    return json;
  }

  private static Map<String, Object> reference(String id, String collection) {
    var json = new LinkedHashMap<String, Object>();
    json.put("id", id);
    json.put("links", List.of(link(COMPUTE_ENDPOINT + collection + id, "bookmark")));
    return json;
  }

  private static Map<String, Object> link(String href, String rel) {
    var json = new LinkedHashMap<String, Object>();
    json.put("href", href);
    json.put("rel", rel);
    return json;
  }

  private static List<Object> securityGroups(boolean monitoring) {
    var groups = new ArrayList<Object>();
    groups.add(Map.of("name", "ssh"));
    groups.add(Map.of("name", "default"));
    if (monitoring) {
      groups.add(Map.of("name", "monitoring"));
    }
    return groups;
  }

  private static int powerState(String status) {
    return switch (status) {
      case "ACTIVE", "REBOOT", "HARD_REBOOT", "RESCUE" -> 1;
      case "PAUSED" -> 3;
      case "SHUTOFF", "SOFT_DELETED" -> 4;
      case "SUSPENDED" -> 7;
      default -> 0;
    };
  }

  private static String taskState(String status) {
    return switch (status) {
      case "BUILD" -> "spawning";
      case "REBOOT" -> "rebooting";
      case "HARD_REBOOT" -> "rebooting_hard";
      default -> null;
    };
  }

  private static String vmState(String status) {
    return switch (status) {
      case "BUILD" -> "building";
      case "REBOOT", "HARD_REBOOT" -> "active";
      case "SHUTOFF" -> "stopped";
      case "RESCUE" -> "rescued";
      case "SOFT_DELETED" -> "soft-delete";
      default -> status.toLowerCase(Locale.ROOT);
    };
  }

  private static String hex(String algorithm, String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is part of every JDK", e);
    }
  }
}
