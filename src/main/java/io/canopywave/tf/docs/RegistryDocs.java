package io.canopywave.tf.docs;

import io.canopywave.tf.spi.DataSource;
import io.canopywave.tf.spi.ImportableResource;
import io.canopywave.tf.spi.Provider;
import io.canopywave.tf.spi.Resource;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders the provider's documentation in the registry's layout from its schemas and the
 * repository's examples: {@code docs/index.md}, {@code docs/resources/<name>.md} and
 * {@code docs/data-sources/<name>.md}, where a name is the type without {@code canopywave_}.
 *
 * <p>Pages are plain functions of the schemas and files, so rendering twice gives the same
 * bytes and a test can compare them with what is committed.
 */
public final class RegistryDocs {
  private RegistryDocs() {}

  /**
   * @param variablesByArgument the environment variable of each provider argument that has one
   * @param repositoryRoot where {@code examples/} and {@code templates/} are
   */
  public static RenderedDocs render(Provider provider, Map<String, String> variablesByArgument,
      Path repositoryRoot) {
    RepositoryFiles files = new RepositoryFiles(repositoryRoot);
    Map<String, String> pages = new TreeMap<>();
    pages.put(IndexPage.PATH, new IndexPage(provider.schema(), variablesByArgument)
        .render(files));
    for (Resource resource : provider.resources()) {
      add(pages, new TypePage(PageKind.RESOURCE, resource.typeName(), resource.schema(),
          resource instanceof ImportableResource), files);
    }
    for (DataSource dataSource : provider.dataSources()) {
      add(pages, new TypePage(PageKind.DATA_SOURCE, dataSource.typeName(), dataSource.schema(),
          false), files);
    }
    return new RenderedDocs(new TreeMap<>(pages), files.missing());
  }

  private static void add(Map<String, String> pages, TypePage page, RepositoryFiles files) {
    String previous = pages.put(page.path(), page.render(files));
    if (previous != null) {
      throw new IllegalStateException("two types share the page " + page.path());
    }
  }
}
