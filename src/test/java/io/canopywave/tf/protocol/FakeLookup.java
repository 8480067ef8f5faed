package io.canopywave.tf.protocol;

import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.spi.DataSource;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import java.util.List;

/** A test data source that greets the configured name. */
final class FakeLookup implements DataSource {
  static final String TYPE = "test_lookup";
  static final Schema SCHEMA = new Schema(0, Block.of("A lookup.", List.of(
      Attribute.string("name").required().build(),
      Attribute.string("greeting").computed().build())));
  static final CtyType.ObjectOf OBJECT = SCHEMA.impliedType();

  @Override
  public String typeName() {
    return TYPE;
  }

  @Override
  public Schema schema() {
    return SCHEMA;
  }

  @Override
  public CtyValue read(CtyValue config, Operation op) {
    CtyValue.ObjectVal object = (CtyValue.ObjectVal) config;
    String name = ((CtyValue.Str) object.get("name")).value();
    return object.with("greeting", CtyValue.string("hello " + name));
  }
}
