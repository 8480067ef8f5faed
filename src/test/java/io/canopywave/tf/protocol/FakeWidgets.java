package io.canopywave.tf.protocol;

import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.spi.ConfigValidatingResource;
import io.canopywave.tf.spi.ImportableResource;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test resource backed by a map. Names trigger behaviour: {@code explode} throws,
 * {@code assert} warns and then fails an assertion,
 * {@code unknown} returns an unknown size, {@code slow} waits for cancellation, {@code bad}
 * fails validation.
 */
final class FakeWidgets implements ImportableResource, ConfigValidatingResource {
  static final String TYPE = "test_widget";
  static final Schema SCHEMA = new Schema(1, Block.of("A widget.", List.of(
      Attribute.string("id").computed().keepPriorWhenUnknown().build(),
      Attribute.string("name").required().build(),
      Attribute.number("size").optional().computed().build(),
      Attribute.string("password").optional().writeOnly().build())));
  static final CtyType.ObjectOf OBJECT = SCHEMA.impliedType();

  final Map<String, CtyValue> remote = new ConcurrentHashMap<>();
  final CountDownLatch sleeping = new CountDownLatch(1);
  private final AtomicInteger ids = new AtomicInteger();

  static CtyValue.ObjectVal widget(CtyValue id, String name, CtyValue size, CtyValue password) {
    return CtyValue.object(OBJECT, Map.of("id", id, "name", CtyValue.string(name),
        "size", size, "password", password));
  }

  @Override
  public String typeName() {
    return TYPE;
  }

  @Override
  public Schema schema() {
    return SCHEMA;
  }

  @Override
  public void validateConfig(CtyValue config, Operation op) {
    CtyValue name = ((CtyValue.ObjectVal) config).get("name");
    if (name.equals(CtyValue.string("bad"))) {
      op.diagnostics().error(AttributePath.of("name"), "Bad name", "Pick another name.");
    }
  }

  @Override
  public CtyValue create(CtyValue planned, CtyValue config, Operation op) {
    CtyValue.ObjectVal object = (CtyValue.ObjectVal) planned;
    String name = ((CtyValue.Str) object.get("name")).value();
    switch (name) {
      case "explode" -> throw new IllegalStateException("remote said no to secret-xyz");
      case "assert" -> {
        op.diagnostics().warning("Before the failure", "Kept.");
        throw new AssertionError("widget invariant broken");
      }
      case "slow" -> {
        sleeping.countDown();
        op.cancellation().sleep(Duration.ofSeconds(20));
      }
      default -> { }
    }
    String id = "w-" + ids.incrementAndGet();
    CtyValue size = name.equals("unknown") ? CtyValue.unknown(CtyType.NUMBER) : sizeOf(object);
    // Echoes the write-only value on purpose: the protocol layer must null it.
    CtyValue.ObjectVal state = object.with("id", CtyValue.string(id)).with("size", size)
        .with("password", ((CtyValue.ObjectVal) config).get("password"));
    remote.put(id, state.with("password", CtyValue.nullOf(CtyType.STRING)));
    return state;
  }

  private static CtyValue sizeOf(CtyValue.ObjectVal object) {
    CtyValue size = object.get("size");
    return size.isKnown() && !size.isNull() ? size : CtyValue.number(1);
  }

  @Override
  public CtyValue read(CtyValue current, Operation op) {
    CtyValue id = ((CtyValue.ObjectVal) current).get("id");
    CtyValue found = remote.get(((CtyValue.Str) id).value());
    return found == null ? CtyValue.nullOf(OBJECT) : found;
  }

  @Override
  public CtyValue update(CtyValue prior, CtyValue planned, CtyValue config, Operation op) {
    CtyValue.ObjectVal object = (CtyValue.ObjectVal) planned;
    CtyValue.ObjectVal state = object.with("size", sizeOf(object));
    remote.put(((CtyValue.Str) state.get("id")).value(), state);
    return state;
  }

  @Override
  public void delete(CtyValue prior, Operation op) {
    remote.remove(((CtyValue.Str) ((CtyValue.ObjectVal) prior).get("id")).value());
  }

  @Override
  public CtyValue importState(String id, Operation op) {
    if (!remote.containsKey(id)) {
      op.diagnostics().error("Widget not found", "No widget " + id + ".");
      return CtyValue.nullOf(OBJECT);
    }
    return CtyValue.object(OBJECT, Map.of("id", CtyValue.string(id),
        "name", CtyValue.nullOf(CtyType.STRING), "size", CtyValue.nullOf(CtyType.NUMBER),
        "password", CtyValue.nullOf(CtyType.STRING)));
  }
}
