package io.canopywave.tf.simulator;

import java.time.Instant;
import java.util.Map;

/**
 * What every simulated object has: its place (project and region), its creation time, and the
 * number of reads it still stays invisible to ({@code invisible_reads}, for eventual
 * consistency). Mutable; only {@link Store} changes it, under its lock.
 */
abstract sealed class StoredObject permits Instance, StorageObject, SshKey, PublicIp {
  private final ObjectKind kind;
  final String project;
  final String region;
  final Instant createdAt;
  private int invisibleReads;

  StoredObject(ObjectKind kind, Catalog.Place place, Instant createdAt, int invisibleReads) {
    this.kind = kind;
    this.project = place.project();
    this.region = place.region();
    this.createdAt = createdAt;
    this.invisibleReads = invisibleReads;
  }

  /** The id in API paths; for SSH keys, the name. */
  abstract String id();

  abstract String name();

  final ObjectKind kind() {
    return kind;
  }

  /** The object as {@code GET /_simulator/objects} shows it: its list shape plus extras. */
  abstract Map<String, Object> controlJson(Instant now);

  boolean in(String project, String region) {
    return this.project.equals(project) && (region == null || this.region.equals(region));
  }

  /** Counts one API read that covers this object; false while it is still invisible. */
  boolean visibleToRead() {
    if (invisibleReads > 0) {
      invisibleReads--;
      return false;
    }
    return true;
  }

  int invisibleReads() {
    return invisibleReads;
  }
}
