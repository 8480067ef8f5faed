package io.canopywave.tf.e2e.support;

import java.util.List;

/** HCL snippets that the resource ITs put together into {@code main.tf}. */
public final class Hcl {
  private Hcl() {}

  /**
   * A {@code resource "type" "label"} block holding {@code lines}, each indented by two spaces
   * (a line holding several lines, such as a nested block, keeps its own inner indentation).
   */
  public static String resource(String type, String label, String... lines) {
    StringBuilder block = new StringBuilder()
        .append("resource \"").append(type).append("\" \"").append(label).append("\" {\n");
    for (String line : List.of(lines)) {
      block.append("  ").append(line).append('\n');
    }
    return block.append("}\n").toString();
  }

  /** The argument line {@code name = "value"}. */
  public static String quoted(String name, String value) {
    return name + " = \"" + value + "\"";
  }

  /** An {@code import} block that adopts the object {@code id} at {@code address}. */
  public static String importBlock(String address, String id) {
    return """
        import {
          to = %s
          id = "%s"
        }
        """.formatted(address, id);
  }
}
