package io.canopywave.tf.schema.validators;

import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Diagnostics;
import io.canopywave.tf.schema.Validator;
import io.canopywave.tf.value.CtyValue;
import java.time.Duration;
import java.util.Optional;

/** The string is a Go duration; with {@code positiveOnly}, zero and negative ones are refused. */
public record GoDurationString(boolean positiveOnly) implements Validator {

  public static GoDurationString any() {
    return new GoDurationString(false);
  }

  public static GoDurationString positive() {
    return new GoDurationString(true);
  }

  @Override
  public void validate(CtyValue value, AttributePath path, Diagnostics diagnostics) {
    Optional<Duration> parsed = GoDuration.parse(ValidatorInput.string(value, path));
    if (parsed.isEmpty()) {
      diagnostics.error(path, "Invalid duration",
          ValidatorInput.name(path) + " must be " + GoDuration.SYNTAX_HINT + ".");
    } else if (positiveOnly && (parsed.get().isNegative() || parsed.get().isZero())) {
      diagnostics.error(path, "Invalid duration",
          ValidatorInput.name(path) + " must be longer than zero, for example `30s` or `10m`.");
    }
  }

  @Override
  public String description() {
    return positiveOnly
        ? "A positive Go duration such as `30s`, `15m` or `1h30m`."
        : "A Go duration such as `30s`, `15m` or `1h30m`.";
  }
}
