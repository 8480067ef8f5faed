package io.canopywave.tf.docs;

import io.canopywave.tf.plan.Timeouts;
import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.spi.DataSource;
import io.canopywave.tf.spi.ImportableResource;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.spi.Provider;
import io.canopywave.tf.spi.Resource;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A small provider with one importable resource and one data source, and a repository folder
 * holding their examples, for rendering pages without the real provider.
 */
final class DocsFixture {
  static final Map<String, String> VARIABLES = Map.of("token", "FIXTURE_TOKEN");

  private DocsFixture() {}

  /** A provider whose widget resource has the given size description. */
  static Provider provider(String sizeDescription) {
    Schema widget = new Schema(0, new Block(
        List.of(
            Attribute.string("id").computed().description("The widget's id.").build(),
            Attribute.string("name").required().forceNew().description("The name.").build(),
            Attribute.number("size").optional().description(sizeDescription).build()),
        List.of(Timeouts.block(Map.of(Timeouts.Action.CREATE, Duration.ofMinutes(3)))),
        "A widget.\n\nImport with its id."));
    Schema gadgets = new Schema(0, Block.of("Every gadget.", List.of(
        Attribute.builder("names", CtyType.list(CtyType.STRING)).computed()
            .description("The names.").build())));
    return new SchemaOnlyProvider(new Schema(0, Block.of("The fixture provider.", List.of(
        Attribute.string("token").optional().sensitive().description("A token.").build()))),
        List.of(new Widget(widget)), List.of(new Gadgets(gadgets)));
  }

  /** Writes the fixture's examples and the provider template under {@code root}. */
  static Path writeExamples(Path root) {
    write(root, "examples/provider/provider.tf", "provider \"canopywave\" {}\n");
    write(root, "templates/index.md", "## Authentication\n\nUse a token.\n");
    write(root, "examples/resources/canopywave_widget/resource.tf",
        "resource \"canopywave_widget\" \"w\" {\n  name = \"w\"\n}\n\n");
    write(root, "examples/resources/canopywave_widget/import.sh",
        "tofu import canopywave_widget.w w-1\n");
    write(root, "examples/resources/canopywave_widget/import-block.tf",
        "import {\n  to = canopywave_widget.w\n  id = \"w-1\"\n}\n");
    write(root, "examples/data-sources/canopywave_gadgets/data-source.tf",
        "data \"canopywave_gadgets\" \"all\" {}\n");
    return root;
  }

  static void write(Path root, String relative, String content) {
    try {
      Path file = root.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A provider that only describes itself: enough for rendering docs. */
  record SchemaOnlyProvider(Schema schema, List<Resource> resources,
      List<DataSource> dataSources) implements Provider {
    @Override
    public void validateConfig(CtyValue config, Operation op) {}

    @Override
    public void configure(CtyValue config, String clientVersion, Operation op) {}

    @Override
    public void stop() {}
  }

  private record Widget(Schema schema) implements ImportableResource {
    @Override
    public String typeName() {
      return "canopywave_widget";
    }

    @Override
    public CtyValue create(CtyValue planned, CtyValue config, Operation op) {
      return planned;
    }

    @Override
    public CtyValue read(CtyValue current, Operation op) {
      return current;
    }

    @Override
    public CtyValue update(CtyValue prior, CtyValue planned, CtyValue config, Operation op) {
      return planned;
    }

    @Override
    public void delete(CtyValue prior, Operation op) {}

    @Override
    public CtyValue importState(String id, Operation op) {
      return CtyValue.nullOf(schema.impliedType());
    }
  }

  private record Gadgets(Schema schema) implements DataSource {
    @Override
    public String typeName() {
      return "canopywave_gadgets";
    }

    @Override
    public CtyValue read(CtyValue config, Operation op) {
      return config;
    }
  }
}
