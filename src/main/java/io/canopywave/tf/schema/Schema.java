package io.canopywave.tf.schema;

import io.canopywave.tf.value.CtyType;

/** The schema of a provider, resource or data source; {@code version} numbers stored states. */
public record Schema(long version, Block block) {

  public CtyType.ObjectOf impliedType() {
    return block.impliedType();
  }
}
