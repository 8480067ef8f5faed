package io.canopywave.tf.docs;

import io.canopywave.tf.schema.Schema;
import java.util.Map;

/** The provider's own page, {@code docs/index.md}. */
final class IndexPage {
  static final String PATH = "docs/index.md";

  private final Schema schema;
  private final Map<String, String> variablesByArgument;

  IndexPage(Schema schema, Map<String, String> variablesByArgument) {
    this.schema = schema;
    this.variablesByArgument = variablesByArgument;
  }

  String render(RepositoryFiles files) {
    String description = schema.block().description();
    StringBuilder out = new StringBuilder();
    out.append(new FrontMatter("Provider: Canopy Wave", "", Pages.firstParagraph(description))
        .render());
    out.append("\n# Canopy Wave Provider\n\n");
    Pages.paragraph(out, description);

    out.append("## Example Usage\n\n");
    Pages.fenced(out, "terraform", files.required("examples/provider/provider.tf"));
    Pages.paragraph(out, files.required("templates/index.md"));

    out.append("## Argument Reference\n\n");
    Pages.paragraph(out, SchemaReference.arguments(schema.block()));

    out.append("## Environment Variables\n\n");
    out.append("An argument left out of the provider block (or set to an empty string) is"
        + " taken from its environment variable:\n\n");
    out.append("| Variable | Argument |\n|---|---|\n");
    variablesByArgument.forEach((argument, variable) ->
        out.append("| `").append(variable).append("` | `").append(argument).append("` |\n"));
    return Pages.finish(out);
  }
}
