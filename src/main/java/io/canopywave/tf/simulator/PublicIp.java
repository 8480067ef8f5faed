package io.canopywave.tf.simulator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A public (floating) IP address. {@code server} in its list entry is the associated
 * instance's name; the status is ACTIVE while associated and DOWN otherwise, unless the
 * control API patched it.
 */
final class PublicIp extends StoredObject {
  final String id;
  final String address;
  Instance instance;
  String portId;
  String statusOverride;

  PublicIp(String id, Catalog.Place place, String address, Instant now, int invisibleReads) {
    super(ObjectKind.IPS, place, now, invisibleReads);
    this.id = id;
    this.address = address;
  }

  @Override
  String id() {
    return id;
  }

  @Override
  String name() {
    return address;
  }

  String status() {
    if (statusOverride != null) {
      return statusOverride;
    }
    return instance == null ? "DOWN" : "ACTIVE";
  }

  Map<String, Object> listJson() {
    var json = new LinkedHashMap<String, Object>();
    json.put("id", id);
    json.put("ip", address);
    json.put("server", instance == null ? null : instance.name);
    json.put("status", status());
    return json;
  }

  @Override
  Map<String, Object> controlJson(Instant now) {
    var json = listJson();
    json.put("project", project);
    json.put("region", region);
    json.put("instance_id", instance == null ? null : instance.id);
    json.put("invisible_reads", invisibleReads());
    return json;
  }
}
