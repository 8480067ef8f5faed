package io.canopywave.tf.schema.validators;

import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Diagnostics;
import io.canopywave.tf.schema.Validator;
import io.canopywave.tf.value.CtyValue;
import java.util.List;
import java.util.stream.Collectors;

/** The string is one of a fixed list of choices (compared exactly, case included). */
public record OneOf(List<String> choices) implements Validator {

  public OneOf {
    choices = List.copyOf(choices);
    if (choices.isEmpty()) {
      throw new IllegalArgumentException("one-of needs at least one choice");
    }
  }

  public static OneOf of(String... choices) {
    return new OneOf(List.of(choices));
  }

  @Override
  public void validate(CtyValue value, AttributePath path, Diagnostics diagnostics) {
    if (!choices.contains(ValidatorInput.string(value, path))) {
      diagnostics.error(path, "Unsupported value",
          ValidatorInput.name(path) + " must be one of " + listed() + ".");
    }
  }

  private String listed() {
    return choices.stream().map(c -> "`" + c + "`").collect(Collectors.joining(", "));
  }

  @Override
  public String description() {
    return "One of " + listed() + ".";
  }
}
