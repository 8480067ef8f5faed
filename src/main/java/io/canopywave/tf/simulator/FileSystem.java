package io.canopywave.tf.simulator;

import java.time.Instant;
import java.util.Map;

/** A shared file system; it is {@code available} as soon as it is created. */
final class FileSystem extends StorageObject {

  FileSystem(String id, Catalog.Place place, String name, long size, Instant now,
      int invisibleReads) {
    super(ObjectKind.FILE_SYSTEMS, id, place, name, size, now, invisibleReads);
  }

  @Override
  void putOwnFields(Map<String, Object> json) {
    // A file system has no fields beyond the common ones.
  }
}
