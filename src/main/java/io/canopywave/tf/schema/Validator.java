package io.canopywave.tf.schema;

import io.canopywave.tf.value.CtyValue;

/**
 * Checks one known, non-null configured value. Validators are not called for null or unknown
 * values; the engine handles required-ness itself.
 */
@FunctionalInterface
public interface Validator {

  void validate(CtyValue value, AttributePath path, Diagnostics diagnostics);

  /** A one-line Markdown description for the docs, or empty. */
  default String description() {
    return "";
  }
}
