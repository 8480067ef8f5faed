package io.canopywave.tf.simulator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A key pair known to one project and region; its name is its id. */
final class SshKey extends StoredObject {
  String name;
  String publicKey;
  String fingerprint;

  SshKey(Catalog.Place place, String name, String publicKey, String fingerprint, Instant now,
      int invisibleReads) {
    super(ObjectKind.SSH_KEYS, place, now, invisibleReads);
    this.name = name;
    this.publicKey = publicKey;
    this.fingerprint = fingerprint;
  }

  @Override
  String id() {
    return name;
  }

  @Override
  String name() {
    return name;
  }

  /** One list entry, wrapped in {@code {"keypair": ...}} as the reference shows. */
  Map<String, Object> listJson() {
    return Map.of("keypair", keypairJson());
  }

  private Map<String, Object> keypairJson() {
    var json = new LinkedHashMap<String, Object>();
    json.put("fingerprint", fingerprint);
    json.put("name", name);
    json.put("public_key", publicKey);
    return json;
  }

  @Override
  Map<String, Object> controlJson(Instant now) {
    var json = keypairJson();
    json.put("project", project);
    json.put("region", region);
    json.put("invisible_reads", invisibleReads());
    return json;
  }
}
