package io.canopywave.tf.spi;

import io.canopywave.tf.value.CtyValue;

/** A resource with validation rules beyond its attributes' validators. Values may be unknown. */
public interface ConfigValidatingResource extends Resource {

  void validateConfig(CtyValue config, Operation op);
}
