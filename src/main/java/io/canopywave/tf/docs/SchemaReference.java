package io.canopywave.tf.docs;

import io.canopywave.tf.plan.Timeouts;
import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.schema.NestedBlock;
import io.canopywave.tf.schema.Validator;
import io.canopywave.tf.value.CtyJson;
import io.canopywave.tf.value.CtyType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The reference lists of a schema block in Markdown: one bullet per attribute with its type
 * and flags, then its description, constraints and default.
 */
final class SchemaReference {
  private static final Comparator<Attribute> BY_NAME = Comparator.comparing(Attribute::name);

  private SchemaReference() {}

  /** Arguments: required ones first, then optional ones, each group by name; then blocks. */
  static String arguments(Block block) {
    List<String> lines = new ArrayList<>();
    block.attributes().stream().filter(Attribute::required).sorted(BY_NAME)
        .forEach(a -> lines.add(bullet(a)));
    block.attributes().stream().filter(Attribute::optional).sorted(BY_NAME)
        .forEach(a -> lines.add(bullet(a)));
    nestedBlocks(block).forEach(nested -> lines.add(blockBullet(nested)));
    return String.join("\n", lines);
  }

  /** Attributes the configuration cannot set, by name; empty when there are none. */
  static String computedAttributes(Block block) {
    return String.join("\n", block.attributes().stream().filter(Attribute::computedOnly)
        .sorted(BY_NAME).map(SchemaReference::bullet).toList());
  }

  /** Nested blocks other than {@code timeouts}, which pages show in a section of its own. */
  static List<NestedBlock> nestedBlocks(Block block) {
    return block.blocks().stream()
        .filter(nested -> !nested.typeName().equals(Timeouts.BLOCK_NAME))
        .sorted(Comparator.comparing(NestedBlock::typeName)).toList();
  }

  static Optional<NestedBlock> timeouts(Block block) {
    return block.block(Timeouts.BLOCK_NAME);
  }

  /** The section for one nested block: its description, then its own lists. */
  static String blockSection(NestedBlock nested, String headingLevel) {
    StringBuilder out = new StringBuilder();
    out.append(headingLevel).append(" `").append(nested.typeName()).append("` block\n\n");
    Block block = nested.block();
    if (!block.description().isBlank()) {
      out.append(block.description().strip()).append("\n\n");
    }
    String arguments = arguments(block);
    if (!arguments.isEmpty()) {
      out.append(arguments).append("\n\n");
    }
    String computed = computedAttributes(block);
    if (!computed.isEmpty()) {
      out.append("Read-only:\n\n").append(computed).append("\n\n");
    }
    for (NestedBlock inner : nestedBlocks(block)) {
      out.append(blockSection(inner, headingLevel + "#"));
    }
    return out.toString();
  }

  static String bullet(Attribute attribute) {
    StringBuilder line = new StringBuilder("- `").append(attribute.name()).append("` (")
        .append(String.join(", ", flags(attribute))).append(')');
    List<String> sentences = new ArrayList<>();
    if (!attribute.description().isBlank()) {
      sentences.add(attribute.description().strip());
    }
    for (Validator validator : attribute.validators()) {
      if (!validator.description().isBlank()) {
        sentences.add(validator.description().strip());
      }
    }
    if (attribute.defaultValue() != null) {
      String literal = new String(
          CtyJson.encode(attribute.defaultValue(), attribute.type()), StandardCharsets.UTF_8);
      sentences.add("Default: `" + literal + "`.");
    }
    if (attribute.deprecation() != null) {
      sentences.add("**Deprecated:** " + attribute.deprecation().strip());
    }
    if (!sentences.isEmpty()) {
      line.append(' ').append(indentContinuation(String.join(" ", sentences), "  "));
    }
    elementObject(attribute.type()).ifPresent(object -> {
      CtyType.ObjectOf left = undescribedFields(object, attribute.description());
      if (left.attributes().isEmpty()) {
        return;
      }
      boolean someDescribed = left.attributes().size() < object.attributes().size();
      line.append(someDescribed ? "\n\n  Also in each element:\n" : " Each element has:\n")
          .append(objectFields(left, "  "));
    });
    return line.toString();
  }

  private static List<String> flags(Attribute attribute) {
    List<String> flags = new ArrayList<>();
    flags.add(TypeNames.of(attribute.type()));
    if (attribute.required()) {
      flags.add("Required");
    } else if (attribute.optional()) {
      flags.add("Optional");
    }
    if (attribute.sensitive()) {
      flags.add("Sensitive");
    }
    if (attribute.writeOnly()) {
      flags.add("Write-only");
    }
    if (attribute.forceNew()) {
      flags.add("Forces replacement");
    }
    if (attribute.deprecation() != null) {
      flags.add("Deprecated");
    }
    return flags;
  }

  private static String blockBullet(NestedBlock nested) {
    String kind = switch (nested.nesting()) {
      case SINGLE, GROUP -> "Block";
      case LIST -> "Block List";
      case SET -> "Block Set";
      case MAP -> "Block Map";
    };
    List<String> flags = new ArrayList<>(List.of(kind,
        nested.minItems() > 0 ? "Required" : "Optional"));
    if (nested.maxItems() > 0) {
      flags.add("at most " + nested.maxItems());
    }
    return "- `" + nested.typeName() + "` (" + String.join(", ", flags) + ") Described in the `"
        + nested.typeName() + "` block section below.";
  }

  /** The object type inside a collection (or the object itself), whose fields need listing. */
  private static Optional<CtyType.ObjectOf> elementObject(CtyType type) {
    return switch (type) {
      case CtyType.ObjectOf object -> Optional.of(object);
      case CtyType.ListOf list -> elementObject(list.element());
      case CtyType.SetOf set -> elementObject(set.element());
      case CtyType.MapOf map -> elementObject(map.element());
      default -> Optional.empty();
    };
  }

  /** The fields the description does not already name in code style, as `name`. */
  private static CtyType.ObjectOf undescribedFields(CtyType.ObjectOf object, String description) {
    Map<String, CtyType> left = new TreeMap<>(object.attributes());
    left.keySet().removeIf(field -> description.contains("`" + field + "`"));
    return CtyType.ObjectOf.of(left);
  }

  private static String objectFields(CtyType.ObjectOf object, String indent) {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, CtyType> field : object.attributes().entrySet()) {
      String line = indent + "- `" + field.getKey() + "` (" + TypeNames.of(field.getValue())
          + ")";
      Optional<CtyType.ObjectOf> inner = elementObject(field.getValue());
      if (inner.isPresent()) {
        line += " Each element has:\n" + objectFields(inner.get(), indent + "  ");
      }
      lines.add(line);
    }
    return String.join("\n", lines);
  }

  /** Later lines of a multi-line description stay inside the list item. */
  private static String indentContinuation(String text, String indent) {
    return text.replaceAll("\n(?=[^\n])", "\n" + indent);
  }
}
