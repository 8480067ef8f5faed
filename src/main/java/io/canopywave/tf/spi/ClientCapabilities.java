package io.canopywave.tf.spi;

/** What the client said it supports, per request. */
public record ClientCapabilities(boolean writeOnlyAttributesAllowed, boolean deferralAllowed) {
  public static final ClientCapabilities NONE = new ClientCapabilities(false, false);
}
