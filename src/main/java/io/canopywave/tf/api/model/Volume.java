package io.canopywave.tf.api.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One entry of {@code GET /volumes}. The reference shows no example; the shape chosen (and
 * answered by the simulator) is
 * {@code {"id", "name", "size": 100, "type": "hdd", "status": "available", "region",
 * "created_at"}}. Also accepted: {@code uuid} for id, {@code volume_type} for type,
 * {@code size_gb} for size, {@code state} for status, {@code createdAt} or {@code created} for
 * created_at; a missing region is taken from the query.
 *
 * @param sizeGb the size in GB, or null when the answer has none
 * @param type the storage type given at create ({@code hdd}, {@code ssd})
 * @param status lower-case ({@code creating}, {@code available}, {@code in-use},
 *     {@code deleting}, {@code error}); unknown values kept
 */
public record Volume(
    String id,
    String name,
    Long sizeGb,
    String type,
    String status,
    String region,
    String createdAt) {

  public static Volume fromJson(JsonNode node, String queriedRegion) {
    JsonFields f = JsonFields.of(node, "volume");
    String region = f.text("region");
    return new Volume(
        f.requiredText("id", "uuid"),
        f.text("name"),
        f.integer("size", "size_gb"),
        f.text("type", "volume_type"),
        f.text("status", "state"),
        region == null ? queriedRegion : region,
        f.text("created_at", "createdAt", "created"));
  }
}
