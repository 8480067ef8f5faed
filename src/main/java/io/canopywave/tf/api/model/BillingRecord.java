package io.canopywave.tf.api.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One billing entry of {@code GET /billing} (marked work in progress by the vendor). The
 * reference shows every field as a string; numbers are read as their text.
 */
public record BillingRecord(
    String billingNumber,
    String periodFrom,
    String periodTo,
    String dueDate,
    String amount,
    String timestamp) {

  public static BillingRecord fromJson(JsonNode node) {
    JsonFields f = JsonFields.of(node, "billing record");
    return new BillingRecord(
        f.text("billing_num", "billingNum"),
        f.text("period_from", "periodFrom"),
        f.text("period_to", "periodTo"),
        f.text("due_date", "dueDate"),
        f.text("amount"),
        f.text("timestamp"));
  }
}
