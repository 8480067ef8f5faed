package io.canopywave.tf.schema;

/** A nested block type, such as {@code timeouts { ... }}. */
public record NestedBlock(String typeName, Block block, Nesting nesting, int minItems,
    int maxItems) {

  public enum Nesting {
    SINGLE,
    LIST,
    SET,
    MAP,
    GROUP
  }

  public static NestedBlock single(String typeName, Block block) {
    return new NestedBlock(typeName, block, Nesting.SINGLE, 0, 0);
  }
}
