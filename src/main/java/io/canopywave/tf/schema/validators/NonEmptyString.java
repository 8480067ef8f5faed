package io.canopywave.tf.schema.validators;

import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Diagnostics;
import io.canopywave.tf.schema.Validator;
import io.canopywave.tf.value.CtyValue;

/**
 * Refuses the empty string, which the API would treat as "not given".
 *
 * @param required whether the attribute is required: then the message cannot suggest leaving
 *     it out
 */
public record NonEmptyString(boolean required) implements Validator {

  @Override
  public void validate(CtyValue value, AttributePath path, Diagnostics diagnostics) {
    if (ValidatorInput.string(value, path).isEmpty()) {
      diagnostics.error(path, "Empty value", ValidatorInput.name(path) + " must not be empty: "
          + (required ? "give a value (it is required)." : "give a value or leave it out."));
    }
  }

  @Override
  public String description() {
    return "Must not be empty.";
  }
}
