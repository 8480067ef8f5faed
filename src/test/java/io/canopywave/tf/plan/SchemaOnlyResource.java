package io.canopywave.tf.plan;

import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.spi.Resource;
import io.canopywave.tf.value.CtyValue;

/** A resource that only has a schema: planning never calls the remote operations. */
record SchemaOnlyResource(String typeName, Schema schema) implements Resource {

  @Override
  public CtyValue create(CtyValue planned, CtyValue config, Operation op) {
    throw new AssertionError("planning must not create");
  }

  @Override
  public CtyValue read(CtyValue current, Operation op) {
    throw new AssertionError("planning must not read");
  }

  @Override
  public CtyValue update(CtyValue prior, CtyValue planned, CtyValue config, Operation op) {
    throw new AssertionError("planning must not update");
  }

  @Override
  public void delete(CtyValue prior, Operation op) {
    throw new AssertionError("planning must not delete");
  }
}
