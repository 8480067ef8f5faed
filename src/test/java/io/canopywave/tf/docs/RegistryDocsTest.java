package io.canopywave.tf.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryDocsTest {

  @Test
  void render_fixtureProvider_givesOnePagePerTypeInTheRegistryLayout(@TempDir Path root) {
    RenderedDocs docs = RegistryDocs.render(DocsFixture.provider("The size."),
        DocsFixture.VARIABLES, DocsFixture.writeExamples(root));

    assertThat(docs.missingFiles()).isEmpty();
    assertThat(docs.pages()).containsOnlyKeys(
        "docs/index.md", "docs/resources/widget.md", "docs/data-sources/gadgets.md");
    assertThat(docs.pages().values()).allSatisfy(page -> assertThat(page).startsWith("---\n")
        .endsWith("\n").doesNotEndWith("\n\n"));
  }

  @Test
  void render_importableResource_hasEverySectionInOrder(@TempDir Path root) {
    String page = RegistryDocs.render(DocsFixture.provider("The size."), DocsFixture.VARIABLES,
        DocsFixture.writeExamples(root)).pages().get("docs/resources/widget.md");

    assertThat(page).startsWith("""
        ---
        page_title: "canopywave_widget Resource - canopywave"
        subcategory: ""
        description: |-
          A widget.
        ---

        # canopywave_widget (Resource)

        A widget.

        Import with its id.

        ## Example Usage

        ```terraform
        resource "canopywave_widget" "w" {
          name = "w"
        }
        ```
        """);
    assertThat(page).containsSubsequence(
        "## Argument Reference\n\n- `name` (String, Required, Forces replacement) The name.\n"
            + "- `size` (Number, Optional) The size.\n",
        "## Attribute Reference\n\nBesides the arguments above, these attributes are set:\n\n"
            + "- `id` (String) The widget's id.\n",
        "## Timeouts\n\n",
        "- `create` (String, Optional) How long creating the object may take",
        "## Import\n\n",
        "```shell\ntofu import canopywave_widget.w w-1\n```",
        "```terraform\nimport {\n  to = canopywave_widget.w\n");
  }

  @Test
  void render_dataSource_hasNoImportOrTimeoutsAndSaysItTakesNoArguments(@TempDir Path root) {
    String page = RegistryDocs.render(DocsFixture.provider("The size."), DocsFixture.VARIABLES,
        DocsFixture.writeExamples(root)).pages().get("docs/data-sources/gadgets.md");

    assertThat(page).contains("# canopywave_gadgets (Data Source)",
        "```terraform\ndata \"canopywave_gadgets\" \"all\" {}\n```",
        "## Argument Reference\n\nThere are no arguments.\n",
        "- `names` (List of String) The names.");
    assertThat(page).doesNotContain("## Import", "## Timeouts");
  }

  @Test
  void render_providerPage_hasTheExampleTheTemplateTheArgumentsAndTheVariables(
      @TempDir Path root) {
    String page = RegistryDocs.render(DocsFixture.provider("The size."), DocsFixture.VARIABLES,
        DocsFixture.writeExamples(root)).pages().get("docs/index.md");

    assertThat(page).containsSubsequence("# Canopy Wave Provider\n\nThe fixture provider.",
        "```terraform\nprovider \"canopywave\" {}\n```",
        "## Authentication\n\nUse a token.",
        "## Argument Reference",
        "- `token` (String, Optional, Sensitive) A token.",
        "| `FIXTURE_TOKEN` | `token` |");
  }

  @Test
  void render_templateForAType_insertsItsProseAfterTheExample(@TempDir Path root) {
    DocsFixture.writeExamples(root);
    DocsFixture.write(root, "templates/resources/widget.md", "## Notes\n\nWidgets spin.\n");

    String page = RegistryDocs.render(DocsFixture.provider("The size."), DocsFixture.VARIABLES,
        root).pages().get("docs/resources/widget.md");

    assertThat(page).containsSubsequence("## Example Usage", "## Notes\n\nWidgets spin.\n",
        "## Argument Reference");
  }

  @Test
  void render_examplesMissing_namesEachMissingFile(@TempDir Path root) throws Exception {
    DocsFixture.writeExamples(root);
    Files.delete(root.resolve("examples/resources/canopywave_widget/import.sh"));
    Files.delete(root.resolve("examples/data-sources/canopywave_gadgets/data-source.tf"));

    RenderedDocs docs = RegistryDocs.render(DocsFixture.provider("The size."),
        DocsFixture.VARIABLES, root);

    assertThat(docs.missingFiles()).containsExactly(
        "examples/resources/canopywave_widget/import.sh",
        "examples/data-sources/canopywave_gadgets/data-source.tf");
    assertThat(docs.missingFilesReport())
        .contains("  examples/resources/canopywave_widget/import.sh\n", "scripts/docs");
  }

  @Test
  void render_twice_givesTheSameBytes(@TempDir Path root) {
    DocsFixture.writeExamples(root);

    assertThat(RegistryDocs.render(DocsFixture.provider("x"), DocsFixture.VARIABLES, root))
        .isEqualTo(RegistryDocs.render(DocsFixture.provider("x"), DocsFixture.VARIABLES, root));
  }
}
