package io.canopywave.tf.schema;

import io.canopywave.tf.value.CtyType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A block: attributes plus nested block types. Its value is an object with one key each. */
public record Block(List<Attribute> attributes, List<NestedBlock> blocks, String description) {

  public Block {
    attributes = List.copyOf(attributes);
    blocks = List.copyOf(blocks);
    description = description == null ? "" : description;
  }

  public static Block of(String description, List<Attribute> attributes) {
    return new Block(attributes, List.of(), description);
  }

  /** The object type of this block's values. */
  public CtyType.ObjectOf impliedType() {
    Map<String, CtyType> types = new TreeMap<>();
    for (Attribute attribute : attributes) {
      types.put(attribute.name(), attribute.type());
    }
    for (NestedBlock nested : blocks) {
      CtyType.ObjectOf inner = nested.block().impliedType();
      types.put(nested.typeName(), switch (nested.nesting()) {
        case SINGLE, GROUP -> inner;
        case LIST -> CtyType.list(inner);
        case SET -> CtyType.set(inner);
        case MAP -> CtyType.map(inner);
      });
    }
    return CtyType.ObjectOf.of(types);
  }

  public Optional<Attribute> attribute(String name) {
    return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
  }

  public Optional<NestedBlock> block(String typeName) {
    return blocks.stream().filter(b -> b.typeName().equals(typeName)).findFirst();
  }
}
