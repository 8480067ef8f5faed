package io.canopywave.tf.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.schema.NestedBlock;
import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.spi.Resource;
import io.canopywave.tf.spi.StateUpgradingResource;
import io.canopywave.tf.value.CtyJson;
import io.canopywave.tf.value.CtyValue;
import io.canopywave.tf.value.ValueDecodeException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns a stored state (JSON attributes written with schema {@code version}) into a value of
 * the current schema: older versions go through the resource's upgrader; unknown keys are
 * dropped, missing keys become null, write-only attributes are nulled.
 *
 * <p>The result is wholly known (JSON holds no unknowns), and nested LIST, SET and MAP blocks
 * missing from an older state come out empty rather than null, as the client expects of them.
 * Error messages name paths only, never stored values, which may be secrets.
 */
public final class StateUpgrade {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private StateUpgrade() {}

  public static CtyValue upgrade(Resource resource, long version, byte[] json, Operation op) {
    Schema schema = resource.schema();
    CtyValue none = CtyValue.nullOf(schema.impliedType());
    String subject = "The stored state of this `" + resource.typeName() + "`";
    if (version > schema.version()) {
      op.diagnostics().error("State written by a newer provider", subject
          + " was written with schema version " + version + ", but this provider knows"
          + " versions up to " + schema.version() + " only. Use the provider version that"
          + " wrote the state, or a newer one.");
      return none;
    }
    if (json.length == 0) {
      return none;
    }
    byte[] current = json;
    if (version < schema.version()) {
      Optional<byte[]> rewritten = rewrite(resource, version, json, subject, op);
      if (rewritten.isEmpty()) {
        return none;
      }
      current = rewritten.get();
    }
    try {
      return stored(schema.block(), CtyJson.decodeLenient(current, schema.impliedType()));
    } catch (ValueDecodeException e) {
      op.diagnostics().error("Unreadable stored state", subject + " does not fit schema"
          + " version " + schema.version() + " at `" + e.path() + "`. Remove it from the state"
          + " (`tofu state rm`) and import the object again.");
      return none;
    }
  }

  private static Optional<byte[]> rewrite(Resource resource, long version, byte[] json,
      String subject, Operation op) {
    if (!(resource instanceof StateUpgradingResource upgrading)) {
      op.diagnostics().error("Cannot upgrade stored state", subject + " was written with"
          + " schema version " + version + ", and this provider cannot upgrade it to version "
          + resource.schema().version() + ". Remove it from the state (`tofu state rm`) and"
          + " import the object again.");
      return Optional.empty();
    }
    ObjectNode attributes;
    try {
      JsonNode parsed = MAPPER.readTree(json);
      if (!(parsed instanceof ObjectNode object)) {
        op.diagnostics().error("Unreadable stored state", subject + " is not a JSON object.");
        return Optional.empty();
      }
      attributes = object;
    } catch (IOException e) {
      // Jackson's message may quote the content, so it is left out.
      op.diagnostics().error("Unreadable stored state", subject + " is not valid JSON.");
      return Optional.empty();
    }
    ObjectNode upgraded = upgrading.upgradeState(version, attributes, op);
    if (upgraded == null || op.diagnostics().hasErrors()) {
      return Optional.empty();
    }
    try {
      return Optional.of(MAPPER.writeValueAsBytes(upgraded));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an upgraded state could not be written as JSON", e);
    }
  }

  /** The state as the current schema stores it: no write-only values, no null block lists. */
  private static CtyValue stored(Block block, CtyValue value) {
    if (!(value instanceof CtyValue.ObjectVal object)) {
      return value;
    }
    Map<String, CtyValue> attributes = new TreeMap<>(object.attributes());
    for (Attribute attribute : block.attributes()) {
      if (attribute.writeOnly()) {
        attributes.put(attribute.name(), CtyValue.nullOf(attribute.type()));
      }
    }
    for (NestedBlock nested : block.blocks()) {
      CtyValue blocks = NestedValues.nullAsAbsent(nested, object.get(nested.typeName()));
      List<CtyValue> elements = NestedValues.objects(blocks).stream()
          .map(e -> stored(nested.block(), e)).toList();
      attributes.put(nested.typeName(), NestedValues.rebuild(nested, blocks, elements));
    }
    return CtyValue.object(object.type(), attributes);
  }
}
