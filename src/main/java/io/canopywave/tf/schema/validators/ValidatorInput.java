package io.canopywave.tf.schema.validators;

import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.value.CtyValue;
import java.math.BigDecimal;

/** Unwraps the value a validator receives; a wrong type is a schema mistake, not user input. */
final class ValidatorInput {
  private ValidatorInput() {}

  static String string(CtyValue value, AttributePath path) {
    if (value instanceof CtyValue.Str(String text)) {
      return text;
    }
    throw new IllegalArgumentException(path + ": a string validator got a " + value.type());
  }

  static BigDecimal number(CtyValue value, AttributePath path) {
    if (value instanceof CtyValue.Num(BigDecimal number)) {
      return number;
    }
    throw new IllegalArgumentException(path + ": a number validator got a " + value.type());
  }

  /** How messages name the argument, e.g. {@code `timeouts.create`}. */
  static String name(AttributePath path) {
    return "`" + path + "`";
  }
}
