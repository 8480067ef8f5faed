package io.canopywave.tf.api.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One entry of {@code GET /file-systems}. The reference shows no example; the shape chosen (and
 * answered by the simulator) is
 * {@code {"id", "name", "size": 500, "status": "available", "region", "created_at"}}. Also
 * accepted: {@code uuid} for id, {@code size_gb} for size, {@code state} for status,
 * {@code createdAt} or {@code created} for created_at; a missing region is taken from the query.
 *
 * @param sizeGb the size in GB, or null when the answer has none
 * @param status lower-case ({@code creating}, {@code available}, {@code deleting},
 *     {@code error}); unknown values kept
 */
public record FileSystem(
    String id, String name, Long sizeGb, String status, String region, String createdAt) {

  public static FileSystem fromJson(JsonNode node, String queriedRegion) {
    JsonFields f = JsonFields.of(node, "file system");
    String region = f.text("region");
    return new FileSystem(
        f.requiredText("id", "uuid"),
        f.text("name"),
        f.integer("size", "size_gb"),
        f.text("status", "state"),
        region == null ? queriedRegion : region,
        f.text("created_at", "createdAt", "created"));
  }
}
