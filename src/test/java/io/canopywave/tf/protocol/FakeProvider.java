package io.canopywave.tf.protocol;

import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.spi.DataSource;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.spi.Provider;
import io.canopywave.tf.spi.Resource;
import io.canopywave.tf.value.CtyValue;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** A test provider with one setting, the fake widget resource and the fake lookup. */
final class FakeProvider implements Provider {
  static final Schema SCHEMA = new Schema(0, Block.of("Test provider.", List.of(
      Attribute.string("endpoint").optional().build())));

  final FakeWidgets widgets = new FakeWidgets();
  final AtomicReference<CtyValue> configured = new AtomicReference<>();
  final AtomicReference<String> clientVersion = new AtomicReference<>();
  final AtomicInteger stops = new AtomicInteger();

  @Override
  public Schema schema() {
    return SCHEMA;
  }

  @Override
  public List<Resource> resources() {
    return List.of(widgets);
  }

  @Override
  public List<DataSource> dataSources() {
    return List.of(new FakeLookup());
  }

  @Override
  public void validateConfig(CtyValue config, Operation op) {
    CtyValue endpoint = ((CtyValue.ObjectVal) config).get("endpoint");
    if (endpoint.equals(CtyValue.string("nowhere"))) {
      op.diagnostics().error(AttributePath.of("endpoint"), "Bad endpoint", "Use another.");
    }
  }

  @Override
  public void configure(CtyValue config, String version, Operation op) {
    configured.set(config);
    clientVersion.set(version);
  }

  @Override
  public void stop() {
    stops.incrementAndGet();
  }
}
