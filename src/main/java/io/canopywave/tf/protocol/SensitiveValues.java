package io.canopywave.tf.protocol;

import io.canopywave.tf.plugin.log.Secrets;
import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.schema.NestedBlock;
import io.canopywave.tf.value.CtyValue;

/**
 * Registers with the log redaction every string held by a sensitive or write-only attribute of a
 * value crossing the protocol, so passwords and private keys never reach a log line or an error
 * message whichever code path would print them.
 */
final class SensitiveValues {
  private SensitiveValues() {}

  static void register(Block block, CtyValue value) {
    if (!(value instanceof CtyValue.ObjectVal object)) {
      return;
    }
    for (Attribute attribute : block.attributes()) {
      if ((attribute.sensitive() || attribute.writeOnly())
          && object.get(attribute.name()) instanceof CtyValue.Str text) {
        Secrets.register(text.value());
      }
    }
    for (NestedBlock nested : block.blocks()) {
      CtyValue inner = object.get(nested.typeName());
      switch (inner) {
        case CtyValue.ObjectVal single -> register(nested.block(), single);
        case CtyValue.ListVal list -> list.elements().forEach(e -> register(nested.block(), e));
        case CtyValue.SetVal set -> set.elements().forEach(e -> register(nested.block(), e));
        case CtyValue.MapVal map ->
            map.elements().values().forEach(e -> register(nested.block(), e));
        default -> { }
      }
    }
  }
}
