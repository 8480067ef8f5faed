package io.canopywave.tf.datasource.catalog;

import io.canopywave.tf.api.model.InstanceType;

/** An instance type with the hardware facts its texts state. */
public record ListedType(InstanceType type, HardwareFacts facts) {

  static ListedType of(InstanceType type) {
    return new ListedType(type, HardwareFacts.parse(type.name(), type.specs()));
  }
}
