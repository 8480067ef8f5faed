package io.canopywave.tf.api.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The answer of {@code POST /instance-operations/terminate}, which the reference shows without
 * the {@code data} envelope: {@code {"project", "region", "id"}}. Missing fields are null.
 */
public record TerminateResult(String project, String region, String id) {

  public static TerminateResult fromJson(JsonNode node) {
    JsonFields f = JsonFields.of(node, "terminate result");
    return new TerminateResult(f.text("project"), f.text("region"), f.text("id"));
  }
}
