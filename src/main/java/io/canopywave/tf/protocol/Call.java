package io.canopywave.tf.protocol;

import io.canopywave.tf.spi.Operation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One RPC being served: its name, the type it concerns (empty for provider-level RPCs), the
 * id that ties its log lines together, and the operation handed to provider code.
 *
 * @param typeKey the log key naming the type ({@code tf_resource_type} or
 *     {@code tf_data_source_type})
 */
record Call(String rpc, String typeKey, String typeName, String requestId, Operation op) {

  /** The constant log keys of this call. */
  Map<String, Object> fields() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("tf_rpc", rpc);
    if (!typeName.isEmpty()) {
      fields.put(typeKey, typeName);
    }
    fields.put("tf_req_id", requestId);
    return fields;
  }

  Map<String, Object> fields(String key, Object value) {
    Map<String, Object> fields = fields();
    fields.put(key, value);
    return fields;
  }
}
