package io.canopywave.tf.protocol;

import io.canopywave.tf.protocol.tfplugin6.Tfplugin6;
import io.canopywave.tf.spi.ClientCapabilities;

/** Reads the client's capabilities; an absent message means the client advertises nothing. */
final class Capabilities {
  private Capabilities() {}

  static ClientCapabilities fromProto(boolean present, Tfplugin6.ClientCapabilities proto) {
    if (!present) {
      return ClientCapabilities.NONE;
    }
    return new ClientCapabilities(
        proto.getWriteOnlyAttributesAllowed(), proto.getDeferralAllowed());
  }
}
