package io.canopywave.tf.protocol;

import io.canopywave.tf.schema.Diagnostic;
import io.canopywave.tf.spi.DataSource;
import io.canopywave.tf.spi.DiagnosticException;
import io.canopywave.tf.spi.Resource;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The provider's resource and data source types by name; immutable, so safe to share. */
final class TypeRegistry {
  private final Map<String, Resource> resources;
  private final Map<String, DataSource> dataSources;

  TypeRegistry(List<Resource> resources, List<DataSource> dataSources) {
    this.resources = byName(resources, Resource::typeName, "resource");
    this.dataSources = byName(dataSources, DataSource::typeName, "data source");
  }

  private static <T> Map<String, T> byName(List<T> items, Function<T, String> name, String kind) {
    Map<String, T> out = new LinkedHashMap<>();
    for (T item : items) {
      if (out.putIfAbsent(name.apply(item), item) != null) {
        throw new IllegalArgumentException("two " + kind + " types named " + name.apply(item));
      }
    }
    return Collections.unmodifiableMap(out);
  }

  Map<String, Resource> resources() {
    return resources;
  }

  Map<String, DataSource> dataSources() {
    return dataSources;
  }

  Resource resource(String typeName) {
    Resource resource = resources.get(typeName);
    if (resource == null) {
      throw unknown("resource", typeName);
    }
    return resource;
  }

  DataSource dataSource(String typeName) {
    DataSource dataSource = dataSources.get(typeName);
    if (dataSource == null) {
      throw unknown("data source", typeName);
    }
    return dataSource;
  }

  private static DiagnosticException unknown(String kind, String typeName) {
    return new DiagnosticException(Diagnostic.error("Unknown " + kind + " type",
        "This provider has no " + kind + " type \"" + typeName + "\". Check the type name for "
            + "typos, and that the provider version in use supports it."));
  }
}
