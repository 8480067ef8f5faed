package io.canopywave.tf.plan;

import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.spi.Resource;
import io.canopywave.tf.value.CtyValue;

/** The test machine for tests of the generic layer, which must never call the remote side. */
interface PlanningOnlyMachine extends Resource {

  @Override
  default String typeName() {
    return "test_machine";
  }

  @Override
  default Schema schema() {
    return MachineSchema.SCHEMA;
  }

  @Override
  default CtyValue create(CtyValue planned, CtyValue config, Operation op) {
    throw new AssertionError("the generic layer must not create");
  }

  @Override
  default CtyValue read(CtyValue current, Operation op) {
    throw new AssertionError("the generic layer must not read");
  }

  @Override
  default CtyValue update(CtyValue prior, CtyValue planned, CtyValue config, Operation op) {
    throw new AssertionError("the generic layer must not update");
  }

  @Override
  default void delete(CtyValue prior, Operation op) {
    throw new AssertionError("the generic layer must not delete");
  }
}
