package io.canopywave.tf.schema.validators;

import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Diagnostics;
import io.canopywave.tf.schema.Validator;
import io.canopywave.tf.value.CtyValue;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Applies validators to every known, non-null value of a map; diagnostics point at the key,
 * e.g. {@code restart_triggers["build"]}.
 */
public record EachMapValue(List<Validator> validators) implements Validator {

  public EachMapValue {
    validators = List.copyOf(validators);
  }

  public static EachMapValue of(Validator... validators) {
    return new EachMapValue(List.of(validators));
  }

  @Override
  public void validate(CtyValue value, AttributePath path, Diagnostics diagnostics) {
    if (!(value instanceof CtyValue.MapVal map)) {
      throw new IllegalArgumentException(path + ": a map validator got a " + value.type());
    }
    map.elements().forEach((key, element) -> {
      if (element.isKnown() && !element.isNull()) {
        validators.forEach(v -> v.validate(element, path.key(key), diagnostics));
      }
    });
  }

  @Override
  public String description() {
    String each = validators.stream().map(Validator::description).filter(d -> !d.isEmpty())
        .collect(Collectors.joining(" "));
    return each.isEmpty() ? "" : "Each value: " + each;
  }
}
