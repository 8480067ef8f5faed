package io.canopywave.tf.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.canopywave.tf.api.http.ApiRequest;
import io.canopywave.tf.api.http.Envelope;
import io.canopywave.tf.api.model.BillingRecord;
import io.canopywave.tf.api.model.ResponseShapeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Projects and billing. */
public final class AccountApi {
  private final Calls calls;

  AccountApi(Calls calls) {
    this.calls = calls;
  }

  /** {@code GET /projects}: the names of the projects the key may use. */
  public List<String> projects() {
    return calls.list(ListCache.Kind.PROJECTS, "", null, CacheMode.SHARED,
        ApiRequest.get(List.of("projects"), Map.of()), JsonNode::asText);
  }

  /**
   * {@code GET /billing?project=P}. The reference shows a bare object; a bare list and either
   * form inside {@code {"data": ...}} are accepted too. An empty answer is an empty list.
   */
  public List<BillingRecord> billing(String project) {
    return calls.read(ApiRequest.get(List.of("billing"), Map.of("project", project)),
        AccountApi::billingRecords);
  }

  private static List<BillingRecord> billingRecords(JsonNode answer) {
    JsonNode payload = Envelope.dataOrBare(answer);
    if (payload == null || payload.isNull()) {
      return List.of();
    }
    if (payload.isObject()) {
      return List.of(BillingRecord.fromJson(payload));
    }
    if (!payload.isArray()) {
      throw new ResponseShapeException("billing is neither an object nor a list");
    }
    List<BillingRecord> records = new ArrayList<>();
    payload.forEach(node -> records.add(BillingRecord.fromJson(node)));
    return List.copyOf(records);
  }
}
