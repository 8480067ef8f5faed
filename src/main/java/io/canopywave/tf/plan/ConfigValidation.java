package io.canopywave.tf.plan;

import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.schema.Diagnostics;
import io.canopywave.tf.schema.NestedBlock;
import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.spi.ClientCapabilities;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.value.CtyValue;
import java.util.Optional;

/**
 * Validation every schema gets: attribute validators on known values, write-only attributes
 * refused when the client cannot handle them, nested block counts. Resource- or data-source-
 * specific hooks run after this, called by the protocol layer.
 *
 * <p>Required arguments and unconfigurable (computed-only) ones are the client's to check; it
 * does so before the provider sees the configuration.
 */
public final class ConfigValidation {
  private static final String WRITE_ONLY_SUFFIX = "_wo";

  private ConfigValidation() {}

  public static void validate(Schema schema, CtyValue config, Operation op) {
    block(schema.block(), AttributePath.ROOT, config, op.capabilities(), op.diagnostics());
  }

  private static void block(Block block, AttributePath path, CtyValue value,
      ClientCapabilities capabilities, Diagnostics diagnostics) {
    if (!(value instanceof CtyValue.ObjectVal object)) {
      return;
    }
    for (Attribute attribute : block.attributes()) {
      CtyValue configured = object.get(attribute.name());
      if (!configured.isNull()) {
        attribute(block, attribute, path.attribute(attribute.name()), configured, capabilities,
            diagnostics);
      }
    }
    for (NestedBlock nested : block.blocks()) {
      AttributePath nestedPath = path.attribute(nested.typeName());
      CtyValue configured = object.get(nested.typeName());
      count(nested, nestedPath, configured, diagnostics);
      for (NestedValues.Element element : NestedValues.elements(nestedPath, configured)) {
        block(nested.block(), element.path(), element.value(), capabilities, diagnostics);
      }
    }
  }

  private static void attribute(Block block, Attribute attribute, AttributePath path,
      CtyValue configured, ClientCapabilities capabilities, Diagnostics diagnostics) {
    if (attribute.writeOnly() && !capabilities.writeOnlyAttributesAllowed()) {
      diagnostics.error(path, "Write-only attribute not supported by this client",
          writeOnlyRefusal(block, attribute));
    }
    if (attribute.deprecation() != null) {
      diagnostics.warning(path, "Deprecated attribute", attribute.deprecation());
    }
    if (configured.isKnown()) {
      attribute.validators().forEach(v -> v.validate(configured, path, diagnostics));
    }
  }

  /**
   * Without the capability the client would store nothing and then reject the null plan, so
   * the user hears it here, with a way out.
   */
  private static String writeOnlyRefusal(Block block, Attribute attribute) {
    String name = "`" + attribute.name() + "`";
    String way = sensitiveAlternative(block, attribute)
        .map(alternative -> "Upgrade the client, or use the sensitive attribute `"
            + alternative.name() + "` instead: its value is kept in the state, marked sensitive.")
        .orElse("Upgrade the client, or remove " + name + " from the configuration.");
    return name + " is write-only: its value is used but never stored in the state, which"
        + " needs OpenTofu 1.11+ or Terraform 1.11+, and this client did not announce support"
        + " for write-only attributes. " + way;
  }

  /** By convention {@code password_wo} has a sensitive sibling {@code password}. */
  private static Optional<Attribute> sensitiveAlternative(Block block, Attribute writeOnly) {
    if (!writeOnly.name().endsWith(WRITE_ONLY_SUFFIX)) {
      return Optional.empty();
    }
    String plain = writeOnly.name()
        .substring(0, writeOnly.name().length() - WRITE_ONLY_SUFFIX.length());
    return block.attribute(plain).filter(a -> a.sensitive() && !a.writeOnly());
  }

  /** The client enforces counts only when nothing is unknown; so do we. */
  private static void count(NestedBlock nested, AttributePath path, CtyValue configured,
      Diagnostics diagnostics) {
    if (!configured.isWhollyKnown() || nested.nesting() == NestedBlock.Nesting.GROUP) {
      return;
    }
    int count = NestedValues.elements(path, configured).size();
    String blocks = "`" + nested.typeName() + "` block";
    if (nested.minItems() > 0 && count < nested.minItems()) {
      diagnostics.error(path, "Too few " + blocks + "s",
          "At least " + nested.minItems() + " " + blocks + plural(nested.minItems())
              + " required here; the configuration has " + count + ".");
    }
    if (nested.maxItems() > 0 && count > nested.maxItems()) {
      diagnostics.error(path, "Too many " + blocks + "s",
          "At most " + nested.maxItems() + " " + blocks + plural(nested.maxItems())
              + " allowed here; the configuration has " + count + ".");
    }
  }

  private static String plural(int count) {
    return count == 1 ? " is" : "s are";
  }
}
