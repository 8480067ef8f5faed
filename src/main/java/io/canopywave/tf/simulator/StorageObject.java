package io.canopywave.tf.simulator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What volumes and shared file systems have in common: an id, a name unique in its place, a
 * size in GB and a status, which stays {@code available} (the API has no attach call).
 */
abstract sealed class StorageObject extends StoredObject permits Volume, FileSystem {
  final String id;
  String name;
  long size;
  String status = "available";

  StorageObject(ObjectKind kind, String id, Catalog.Place place, String name, long size,
      Instant now, int invisibleReads) {
    super(kind, place, now, invisibleReads);
    this.id = id;
    this.name = name;
    this.size = size;
  }

  @Override
  String id() {
    return id;
  }

  @Override
  String name() {
    return name;
  }

  /** Puts the kind's own fields, which the list shows right after {@code size}. */
  abstract void putOwnFields(Map<String, Object> json);

  Map<String, Object> listJson() {
    var json = new LinkedHashMap<String, Object>();
    json.put("id", id);
    json.put("name", name);
    json.put("size", size);
    putOwnFields(json);
    json.put("status", status);
    json.put("region", region);
    json.put("created_at", Times.seconds(createdAt));
    return json;
  }

  @Override
  Map<String, Object> controlJson(Instant now) {
    var json = listJson();
    json.put("project", project);
    json.put("invisible_reads", invisibleReads());
    return json;
  }
}
