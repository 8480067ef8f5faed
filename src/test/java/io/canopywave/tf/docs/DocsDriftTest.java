package io.canopywave.tf.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

import io.canopywave.tf.docs.DocsDrift.Difference;
import io.canopywave.tf.provider.CanopyWaveProvider;
import io.canopywave.tf.provider.ProviderEnvironment;
import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.spi.Provider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The docs-drift test: the committed docs are what the provider's schemas render. */
class DocsDriftTest {

  @Test
  void committedDocs_renderedFromTheProvider_matchTheFiles() {
    Path root = RepositoryRoot.find();
    RenderedDocs docs = RegistryDocs.render(new CanopyWaveProvider(Map.of()),
        ProviderEnvironment.variablesByArgument(), root);

    if (!docs.missingFiles().isEmpty()) {
      fail(docs.missingFilesReport());
    }
    List<Difference> differences = DocsDrift.compare(docs.pages(), root);
    if (!differences.isEmpty()) {
      fail(DocsDrift.report(differences));
    }
  }

  @Test
  void compare_realProviderSchemaChangedAfterGenerating_reportsTheProviderPage(
      @TempDir Path root) throws IOException {
    Path repository = RepositoryRoot.find();
    Provider real = new CanopyWaveProvider(Map.of());
    writeAll(RegistryDocs.render(real, ProviderEnvironment.variablesByArgument(), repository),
        root);

    RenderedDocs changed = RegistryDocs.render(withExtraSetting(real),
        ProviderEnvironment.variablesByArgument(), repository);
    List<Difference> differences = DocsDrift.compare(changed.pages(), root);

    assertThat(differences).extracting(Difference::path, Difference::kind)
        .containsExactly(tuple("docs/index.md", Difference.Kind.CHANGED));
    assertThat(DocsDrift.report(differences)).contains("docs/index.md differs",
        "Regenerate them with scripts/docs");
  }

  @Test
  void compare_resourceDescriptionChanged_namesTheResourcePageAndTheLine(@TempDir Path root)
      throws IOException {
    DocsFixture.writeExamples(root);
    writeAll(render(DocsFixture.provider("The size in GB."), root), root);
    assertThat(DocsDrift.compare(render(DocsFixture.provider("The size in GB."), root).pages(),
        root)).isEmpty();

    List<Difference> differences = DocsDrift.compare(
        render(DocsFixture.provider("The size in TB."), root).pages(), root);

    assertThat(differences).extracting(Difference::path, Difference::kind)
        .containsExactly(tuple("docs/resources/widget.md", Difference.Kind.CHANGED));
    assertThat(differences.getFirst().detail()).startsWith("line ")
        .contains("The size in GB.", "The size in TB.");
  }

  @Test
  void compare_pageMissingAndStalePage_reportsBoth(@TempDir Path root) throws IOException {
    DocsFixture.writeExamples(root);
    RenderedDocs docs = render(DocsFixture.provider("The size."), root);
    writeAll(docs, root);
    Files.delete(root.resolve("docs/data-sources/gadgets.md"));
    DocsFixture.write(root, "docs/resources/retired.md", "# gone\n");
    DocsFixture.write(root, "docs/architecture.md", "# hand-written, not generated\n");

    List<Difference> differences = DocsDrift.compare(docs.pages(), root);

    assertThat(differences).extracting(Difference::path, Difference::kind).containsExactly(
        tuple("docs/data-sources/gadgets.md", Difference.Kind.MISSING),
        tuple("docs/resources/retired.md", Difference.Kind.STALE));
  }

  @Test
  void compare_onlyTheFinalNewlineDiffers_saysSo(@TempDir Path root) throws IOException {
    DocsFixture.writeExamples(root);
    RenderedDocs docs = render(DocsFixture.provider("The size."), root);
    writeAll(docs, root);
    Path index = root.resolve("docs/index.md");
    Files.writeString(index, Files.readString(index) + "\n");

    assertThat(DocsDrift.compare(docs.pages(), root)).extracting(Difference::detail)
        .containsExactly("committed 1 more line(s) than generated");
  }

  private static RenderedDocs render(Provider provider, Path root) {
    return RegistryDocs.render(provider, DocsFixture.VARIABLES, root);
  }

  static void writeAll(RenderedDocs docs, Path root) throws IOException {
    for (Map.Entry<String, String> page : docs.pages().entrySet()) {
      Path file = root.resolve(page.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, page.getValue());
    }
  }

  /** The real provider with one more provider argument, as a schema change would add. */
  private static Provider withExtraSetting(Provider real) {
    Block block = real.schema().block();
    List<Attribute> attributes = new ArrayList<>(block.attributes());
    attributes.add(Attribute.string("zone").optional().description("A new setting.").build());
    Schema schema = new Schema(real.schema().version(),
        new Block(attributes, block.blocks(), block.description()));
    return new DocsFixture.SchemaOnlyProvider(schema, real.resources(), real.dataSources());
  }
}
