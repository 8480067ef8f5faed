package io.canopywave.tf.value;

import java.math.BigDecimal;

/**
 * What the client knows about an unknown value (msgpack extension 12). Every field is optional;
 * dropping them all is always legal, so the provider only reads them.
 */
public record Refinements(
    Boolean notNull,
    String stringPrefix,
    Bound lowerBound,
    Bound upperBound,
    Long lengthLowerBound,
    Long lengthUpperBound) {

  public static final Refinements NONE = new Refinements(null, null, null, null, null, null);

  public record Bound(BigDecimal value, boolean inclusive) {}

  public boolean isEmpty() {
    return equals(NONE);
  }
}
