package io.canopywave.tf.datasource.common;

import io.canopywave.tf.api.ApiException;
import io.canopywave.tf.resource.common.ApiDiagnostics;
import io.canopywave.tf.resource.common.Connection;
import io.canopywave.tf.resource.common.ConnectionSource;
import io.canopywave.tf.resource.common.ScopeAttributes;
import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.spi.DataSource;
import io.canopywave.tf.spi.DiagnosticException;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.value.CtyValue;
import io.canopywave.tf.value.ObjectReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A data source that lists one kind of record: the schema is {@code id}, the scope attributes,
 * the filters and the computed list; a read resolves the scope (configured values, else the
 * provider's defaults), fetches, and answers the configuration with those filled in.
 *
 * <p>The id is stable for one query: the scope ({@code project/region}, or the listed kind for
 * global data) followed by the filters that are set, {@code ?flavor=H100-4&...}.
 */
public final class ListDataSource<T> implements DataSource {
  public static final String ID = "id";

  private final ListSpec<T> spec;
  private final ConnectionSource connections;
  private final Schema schema;

  public ListDataSource(ListSpec<T> spec, ConnectionSource connections) {
    this.spec = spec;
    this.connections = connections;
    this.schema = new Schema(0, Block.of(spec.description(), attributes(spec)));
  }

  private static List<Attribute> attributes(ListSpec<?> spec) {
    List<Attribute> attributes = new ArrayList<>();
    attributes.add(Attribute.string(ID).computed()
        .description("An id of this query, stable while its arguments stay the same: the"
            + " project and region (or the kind listed, for data of the whole cloud), then"
            + " the filters that are set.")
        .build());
    attributes.addAll(spec.scope().attributes());
    attributes.addAll(spec.filters());
    attributes.add(spec.items().attribute());
    return attributes;
  }

  public ListSpec<T> spec() {
    return spec;
  }

  @Override
  public String typeName() {
    return spec.typeName();
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public void validateConfig(CtyValue config, Operation op) {
    spec.check().check(config, op.diagnostics());
  }

  @Override
  public CtyValue read(CtyValue config, Operation op) {
    Connection connection = connections.get();
    Optional<ResolvedScope> resolved =
        spec.scope().resolve(config, connection, op.diagnostics());
    if (resolved.isEmpty()) {
      return null;
    }
    ResolvedScope scope = resolved.get();
    ObjectReader reader = ObjectReader.of(config);
    List<T> items;
    try {
      items = spec.fetch().fetch(new ListQuery(connection.client(), scope, reader));
    } catch (ApiException e) {
      op.diagnostics().add(ApiDiagnostics.of(e, "list " + spec.noun() + scope.describe()));
      return null;
    } catch (DiagnosticException e) {
      op.diagnostics().add(e.diagnostic());
      return null;
    }
    return state(reader.object(), scope, items);
  }

  private CtyValue.ObjectVal state(CtyValue.ObjectVal config, ResolvedScope scope,
      List<T> items) {
    CtyValue.ObjectVal state = config
        .with(ID, CtyValue.string(queryId(config, scope)))
        .with(spec.items().name(), spec.items().value(items));
    if (config.type().attributes().containsKey(ScopeAttributes.PROJECT)) {
      state = state.with(ScopeAttributes.PROJECT, CtyValue.stringOrNull(scope.project()));
    }
    if (config.type().attributes().containsKey(ScopeAttributes.REGION)) {
      state = state.with(ScopeAttributes.REGION, CtyValue.stringOrNull(scope.region()));
    }
    return state;
  }

  private String queryId(CtyValue.ObjectVal config, ResolvedScope scope) {
    List<String> parts = scope.idParts();
    String base = parts.isEmpty()
        ? spec.typeName().replaceFirst("^canopywave_", "")
        : String.join("/", parts);
    List<String> filters = new ArrayList<>();
    for (Attribute filter : spec.filters()) {
      CtyValue value = config.get(filter.name());
      if (!value.isNull()) {
        filters.add(filter.name() + "=" + text(value));
      }
    }
    return filters.isEmpty() ? base : base + "?" + String.join("&", filters);
  }

  private static String text(CtyValue value) {
    return switch (value) {
      case CtyValue.Str s -> s.value();
      case CtyValue.Num n -> n.value().toPlainString();
      case CtyValue.Bool b -> Boolean.toString(b.value());
      default -> value.toString();
    };
  }
}
