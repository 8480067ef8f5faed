package io.canopywave.tf.schema.validators;

import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Diagnostics;
import io.canopywave.tf.schema.Validator;
import io.canopywave.tf.value.CtyValue;
import java.math.BigDecimal;

/**
 * A whole number within {@code [min, max]}; a {@code max} of {@link Long#MAX_VALUE} means "no
 * upper limit" and is left out of messages.
 */
public record IntegerRange(long min, long max) implements Validator {

  public IntegerRange {
    if (max < min) {
      throw new IllegalArgumentException("invalid range " + min + ".." + max);
    }
  }

  @Override
  public void validate(CtyValue value, AttributePath path, Diagnostics diagnostics) {
    BigDecimal number = ValidatorInput.number(value, path);
    boolean whole = number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
    boolean inRange = number.compareTo(BigDecimal.valueOf(min)) >= 0
        && number.compareTo(BigDecimal.valueOf(max)) <= 0;
    if (!whole || !inRange) {
      diagnostics.error(path, "Value out of range",
          ValidatorInput.name(path) + " must be a " + rangeText() + ".");
    }
  }

  @Override
  public String description() {
    return "A " + rangeText() + ".";
  }

  private String rangeText() {
    return max == Long.MAX_VALUE
        ? "whole number of at least " + min
        : "whole number from " + min + " to " + max;
  }
}
