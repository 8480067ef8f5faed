package io.canopywave.tf.simulator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A simulated virtual machine and its lifecycle: BUILD until its build ends (never when
 * launched while {@code stuck_in_build} was set), then the build result (ACTIVE unless
 * {@code build_result} said otherwise), REBOOT for a while after a restart, DELETED after
 * terminate until its linger ends. A status patched through the control API overrides all of
 * these until the next restart or terminate (a lingering terminated instance can be patched
 * too, e.g. to SOFT_DELETED).
 */
final class Instance extends StoredObject {
  final String id;
  String name;
  InstanceType type;
  final String image;
  final String keypair;
  final boolean monitoring;
  final String privateAddress;
  final String macAddress;
  final String hostName;
  final long sequence;
  /** When BUILD ends; null while stuck in build. */
  Instant buildEndsAt;
  String buildResult;
  String statusOverride;
  Instant rebootEndsAt;
  Instant terminatedAt;
  Instant lingerUntil;
  Instant updatedAt;
  PublicIp publicIp;

  Instance(Launch launch, Instant now, int invisibleReads) {
    super(ObjectKind.INSTANCES, launch.place(), now, invisibleReads);
    this.id = launch.id();
    this.name = launch.name();
    this.type = launch.type();
    this.image = launch.image();
    this.keypair = launch.keypair();
    this.monitoring = launch.monitoring();
    this.privateAddress = launch.privateAddress();
    this.macAddress = launch.macAddress();
    this.hostName = launch.hostName();
    this.sequence = launch.sequence();
    this.buildEndsAt = launch.buildEndsAt();
    this.buildResult = launch.buildResult();
    this.updatedAt = now;
  }

  /** What a launch fixes about a new instance. */
  record Launch(
      String id,
      Catalog.Place place,
      String name,
      InstanceType type,
      String image,
      String keypair,
      boolean monitoring,
      String privateAddress,
      String macAddress,
      String hostName,
      long sequence,
      Instant buildEndsAt,
      String buildResult) {}

  @Override
  String id() {
    return id;
  }

  @Override
  String name() {
    return name;
  }

  /** The upper-case status of the detail document; lists show it lower-cased. */
  String status(Instant now) {
    if (statusOverride != null) {
      return statusOverride;
    }
    if (terminatedAt != null) {
      return "DELETED";
    }
    if (building(now)) {
      return "BUILD";
    }
    if (rebootEndsAt != null && now.isBefore(rebootEndsAt)) {
      return "REBOOT";
    }
    return buildResult;
  }

  boolean building(Instant now) {
    return buildEndsAt == null || now.isBefore(buildEndsAt);
  }

  boolean terminated() {
    return terminatedAt != null;
  }

  /** When the build ended successfully; null while building and for failed builds. */
  Instant launchedAt(Instant now) {
    if (building(now) || "ERROR".equals(buildResult)) {
      return null;
    }
    return buildEndsAt;
  }

  /** The last change anyone could see, as the detail's {@code updated}. */
  Instant lastUpdate(Instant now) {
    Instant latest = updatedAt;
    for (Instant event : new Instant[] {buildEndsAt, rebootEndsAt}) {
      if (event != null && event.isAfter(latest) && !event.isAfter(now)) {
        latest = event;
      }
    }
    return latest;
  }

  Map<String, Object> listJson(Instant now) {
    var json = new LinkedHashMap<String, Object>();
    json.put("flavor", type.name());
    json.put("id", id);
    json.put("launchedAt", Times.micros(launchedAt(now)));
    json.put("name", name);
    json.put("paymentMode", null);
    json.put("publicIp", publicIp == null ? null : publicIp.address);
    json.put("region", region);
    json.put("role", "worker");
    json.put("status", status(now).toLowerCase(Locale.ROOT));
    return json;
  }

  @Override
  Map<String, Object> controlJson(Instant now) {
    var json = listJson(now);
    json.put("project", project);
    json.put("flavor_code", type.flavor());
    json.put("image", image);
    json.put("keypair", keypair);
    json.put("is_monitoring", monitoring);
    json.put("invisible_reads", invisibleReads());
    return json;
  }
}
