package io.canopywave.tf.schema.validators;

import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Diagnostics;
import io.canopywave.tf.schema.Validator;
import io.canopywave.tf.value.CtyValue;

/** A string length, counted in characters (code points), within {@code [min, max]}. */
public record StringLength(int min, int max) implements Validator {

  public StringLength {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("invalid length range " + min + ".." + max);
    }
  }

  @Override
  public void validate(CtyValue value, AttributePath path, Diagnostics diagnostics) {
    String text = ValidatorInput.string(value, path);
    int length = text.codePointCount(0, text.length());
    if (length < min || length > max) {
      diagnostics.error(path, "Invalid length",
          ValidatorInput.name(path) + " must be " + range() + " long; it has " + length + ".");
    }
  }

  private String range() {
    return min == max ? min + " characters" : "from " + min + " to " + max + " characters";
  }

  @Override
  public String description() {
    return "Must be " + range() + " long.";
  }
}
