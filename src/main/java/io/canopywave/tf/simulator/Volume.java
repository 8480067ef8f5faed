package io.canopywave.tf.simulator;

import java.time.Instant;
import java.util.Map;

/** A block storage volume of a storage {@code type} ({@code hdd} or {@code ssd}). */
final class Volume extends StorageObject {
  String type;

  Volume(String id, Catalog.Place place, String name, String type, long size, Instant now,
      int invisibleReads) {
    super(ObjectKind.VOLUMES, id, place, name, size, now, invisibleReads);
    this.type = type;
  }

  @Override
  void putOwnFields(Map<String, Object> json) {
    json.put("type", type);
  }
}
