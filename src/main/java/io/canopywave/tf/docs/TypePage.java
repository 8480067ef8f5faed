package io.canopywave.tf.docs;

import io.canopywave.tf.schema.Block;
import io.canopywave.tf.schema.NestedBlock;
import io.canopywave.tf.schema.Schema;

/** The page of one resource or data source type: {@code docs/<kind>/<short name>.md}. */
final class TypePage {
  private final PageKind kind;
  private final String typeName;
  private final Schema schema;
  private final boolean importable;

  TypePage(PageKind kind, String typeName, Schema schema, boolean importable) {
    this.kind = kind;
    this.typeName = typeName;
    this.schema = schema;
    this.importable = importable;
  }

  String path() {
    return "docs/" + kind.folder + "/" + Pages.shortName(typeName) + ".md";
  }

  String render(RepositoryFiles files) {
    Block block = schema.block();
    String exampleFolder = "examples/" + kind.folder + "/" + typeName + "/";
    StringBuilder out = new StringBuilder();
    out.append(new FrontMatter(typeName + " " + kind.label + " - " + Pages.PROVIDER_NAME,
        Subcategories.of(Pages.shortName(typeName)),
        Pages.firstParagraph(block.description())).render());
    out.append("\n# ").append(typeName).append(" (").append(kind.label).append(")\n\n");
    Pages.paragraph(out, block.description());

    out.append("## Example Usage\n\n");
    Pages.fenced(out, "terraform", files.required(exampleFolder + kind.exampleFile));
    files.optional("templates/" + kind.folder + "/" + Pages.shortName(typeName) + ".md")
        .ifPresent(extra -> Pages.paragraph(out, extra));

    out.append("## Argument Reference\n\n");
    String arguments = SchemaReference.arguments(block);
    Pages.paragraph(out, arguments.isEmpty() ? "There are no arguments." : arguments);
    for (NestedBlock nested : SchemaReference.nestedBlocks(block)) {
      out.append(SchemaReference.blockSection(nested, "###"));
    }

    out.append("## Attribute Reference\n\n");
    String computed = SchemaReference.computedAttributes(block);
    Pages.paragraph(out, computed.isEmpty() ? "Only the arguments above."
        : "Besides the arguments above, these attributes are set:\n\n" + computed);

    SchemaReference.timeouts(block).ifPresent(timeouts -> {
      out.append("## Timeouts\n\n");
      Pages.paragraph(out, timeouts.block().description());
      Pages.paragraph(out, SchemaReference.arguments(timeouts.block()));
    });

    if (importable) {
      out.append("## Import\n\n");
      out.append("Import an existing object with `tofu import` (or `terraform import`):\n\n");
      Pages.fenced(out, "shell", files.required(exampleFolder + "import.sh"));
      out.append("Or declare the import in the configuration, with an `import` block (OpenTofu"
          + " or Terraform 1.5 and later), and run `tofu apply`:\n\n");
      Pages.fenced(out, "terraform", files.required(exampleFolder + "import-block.tf"));
    }
    return Pages.finish(out);
  }
}
