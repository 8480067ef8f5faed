package io.canopywave.tf.datasource.instance;

import static io.canopywave.tf.datasource.instance.InstanceLookupSchema.ID;
import static io.canopywave.tf.datasource.instance.InstanceLookupSchema.NAME;

import io.canopywave.tf.api.ApiException;
import io.canopywave.tf.api.CacheMode;
import io.canopywave.tf.api.CanopyWaveClient;
import io.canopywave.tf.api.model.InstanceDetail;
import io.canopywave.tf.api.model.InstanceSummary;
import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.resource.common.ApiDiagnostics;
import io.canopywave.tf.resource.common.Connection;
import io.canopywave.tf.resource.common.ConnectionSource;
import io.canopywave.tf.resource.common.ScopeAttributes;
import io.canopywave.tf.resource.instance.InstanceCatalogue;
import io.canopywave.tf.resource.instance.InstanceStatus;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Diagnostic;
import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.spi.DataSource;
import io.canopywave.tf.spi.DiagnosticException;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.value.CtyValue;
import io.canopywave.tf.value.ObjectReader;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code canopywave_instance}: one instance by id (the detail endpoint) or by unique name (the
 * list, then the detail). The list, shared with other reads of the walk, also gives the
 * instance type's display name, which the catalogue maps to the flavor code. Instances the API
 * still lists with a terminal status count as gone, as they do for the resource.
 */
public final class InstanceDataSource implements DataSource {
  public static final String TYPE_NAME = "canopywave_instance";

  private final ConnectionSource connections;
  private final Schema schema = InstanceLookupSchema.schema();

  public InstanceDataSource(ConnectionSource connections) {
    this.connections = connections;
  }

  @Override
  public String typeName() {
    return TYPE_NAME;
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public void validateConfig(CtyValue config, Operation op) {
    if (!(config instanceof CtyValue.ObjectVal object)) {
      return;
    }
    CtyValue id = object.get(ID);
    CtyValue name = object.get(NAME);
    if (!id.isKnown() || !name.isKnown()) {
      return;
    }
    if (id.isNull() == name.isNull()) {
      op.diagnostics().error(AttributePath.of(id.isNull() ? ID : NAME),
          id.isNull() ? "Missing instance id or name" : "Both id and name set",
          "Set exactly one of `id` and `name` to say which instance to read.");
    }
  }

  @Override
  public CtyValue read(CtyValue config, Operation op) {
    Connection connection = connections.get();
    Scope scope = ScopeAttributes.resolve(config, connection, op.diagnostics());
    if (scope == null) {
      return null;
    }
    ObjectReader reader = ObjectReader.of(config);
    Query query = reader.isNull(ID) ? Query.byName(reader.string(NAME), scope)
        : Query.byId(reader.string(ID), scope);
    CanopyWaveClient client = connection.client();
    try {
      InstanceSummary summary = query.listed(listLive(client, scope));
      InstanceDetail detail = detail(client, query, summary);
      String flavor = catalogue(client).flavorCode(detail.flavorId(),
          summary == null ? null : summary.flavorName(), null);
      return InstanceLookupState.of(reader.object(), scope, detail, summary, flavor);
    } catch (DiagnosticException e) {
      op.diagnostics().add(e.diagnostic());
    } catch (ApiException e) {
      op.diagnostics().add(ApiDiagnostics.of(e, "read the instance " + query.describe()));
    }
    return null;
  }

  private static List<InstanceSummary> listLive(CanopyWaveClient client, Scope scope) {
    return client.instances().list(scope.project(), scope.region(), CacheMode.SHARED).stream()
        .filter(instance -> !InstanceStatus.of(instance.status()).isGone())
        .toList();
  }

  /** The instance types and images, which map display names back to flavor codes. */
  static InstanceCatalogue catalogue(CanopyWaveClient client) {
    return new InstanceCatalogue(client.catalog().instanceTypes(), client.catalog().images());
  }

  private static InstanceDetail detail(CanopyWaveClient client, Query query,
      InstanceSummary summary) {
    String id = summary != null ? summary.id() : query.value();
    InstanceDetail detail;
    try {
      detail = client.instances().get(query.scope(), id);
    } catch (ApiException e) {
      if (e.is(ApiException.Kind.NOT_FOUND)) {
        throw query.notFound("");
      }
      throw e;
    }
    if (InstanceStatus.of(detail.status()).isGone()) {
      throw query.notFound(" It was terminated: the API reports it as "
          + detail.status() + ".");
    }
    return detail;
  }

  /** What the configuration asks for. */
  private record Query(String attribute, String value, Scope scope) {
    static Query byId(String id, Scope scope) {
      return new Query(ID, id, scope);
    }

    static Query byName(String name, Scope scope) {
      return new Query(NAME, name, scope);
    }

    /**
     * The list entry of the instance asked for; null when looking up by id and the list lacks
     * it (the detail decides then).
     *
     * @throws DiagnosticException for a name no instance has, or several have
     */
    InstanceSummary listed(List<InstanceSummary> live) {
      boolean byId = attribute.equals(ID);
      List<InstanceSummary> matches = live.stream()
          .filter(instance -> value.equals(byId ? instance.id() : instance.name()))
          .toList();
      if (matches.size() == 1) {
        return matches.getFirst();
      }
      if (byId) {
        return null;
      }
      if (matches.isEmpty()) {
        throw notFound("");
      }
      throw new DiagnosticException(Diagnostic.error(AttributePath.of(attribute),
          "Several instances match",
          matches.size() + " instances are named \"" + value + "\"" + where() + ": "
              + matches.stream().map(InstanceSummary::id).collect(Collectors.joining(", "))
              + ". Look the instance up by `id` instead."));
    }

    DiagnosticException notFound(String why) {
      return new DiagnosticException(Diagnostic.error(AttributePath.of(attribute),
          "Instance not found",
          "No instance with " + attribute + " \"" + value + "\" exists" + where() + "."
              + why + " Check the " + attribute + ", `project` and `region` (they default"
              + " to the provider's)."));
    }

    String describe() {
      return "with " + attribute + " \"" + value + "\"" + where();
    }

    private String where() {
      return " in project \"" + scope.project() + "\", region \"" + scope.region() + "\"";
    }
  }
}
