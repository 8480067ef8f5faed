package io.canopywave.tf.schema.validators;

import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Diagnostics;
import io.canopywave.tf.schema.Validator;
import io.canopywave.tf.value.CtyValue;
import java.util.regex.Pattern;

/**
 * The whole string matches {@code pattern}. {@code expectation} tells the user in words what is
 * expected, e.g. "must start with a letter"; the regex itself helps nobody.
 */
public record MatchesPattern(Pattern pattern, String expectation) implements Validator {

  @Override
  public void validate(CtyValue value, AttributePath path, Diagnostics diagnostics) {
    if (!pattern.matcher(ValidatorInput.string(value, path)).matches()) {
      diagnostics.error(path, "Invalid format", ValidatorInput.name(path) + " " + expectation
          + (expectation.endsWith(".") ? "" : "."));
    }
  }

  @Override
  public String description() {
    String text = Character.toUpperCase(expectation.charAt(0)) + expectation.substring(1);
    return text.endsWith(".") ? text : text + ".";
  }
}
