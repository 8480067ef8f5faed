package io.canopywave.tf.protocol;

import com.google.protobuf.ByteString;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6;
import io.canopywave.tf.value.CtyJson;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import io.canopywave.tf.value.Msgpack;

/**
 * Converts {@code DynamicValue}s. Core sends msgpack; JSON is accepted when msgpack is empty;
 * a message with neither (or no message) is a null of the expected type. Answers are msgpack.
 */
final class DynamicValues {
  private DynamicValues() {}

  static CtyValue decode(boolean present, Tfplugin6.DynamicValue value, CtyType type) {
    if (!present) {
      return CtyValue.nullOf(type);
    }
    if (!value.getMsgpack().isEmpty()) {
      return Msgpack.decode(value.getMsgpack().toByteArray(), type);
    }
    if (!value.getJson().isEmpty()) {
      return CtyJson.decode(value.getJson().toByteArray(), type);
    }
    return CtyValue.nullOf(type);
  }

  static Tfplugin6.DynamicValue encode(CtyValue value, CtyType type) {
    return Tfplugin6.DynamicValue.newBuilder()
        .setMsgpack(ByteString.copyFrom(Msgpack.encode(value, type)))
        .build();
  }
}
