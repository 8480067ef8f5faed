package io.canopywave.tf.resource.common;

import io.canopywave.tf.api.ApiException;
import io.canopywave.tf.api.model.ResponseShapeException;
import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.plan.ImportId;
import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Diagnostics;
import io.canopywave.tf.schema.validators.Validators;
import io.canopywave.tf.value.CtyValue;
import io.canopywave.tf.value.ObjectReader;
import java.util.List;
import java.util.Optional;

/**
 * The {@code project} and {@code region} every Canopy Wave object lives in. Both are optional:
 * when the configuration leaves them null, the plan takes the provider's defaults, so the
 * values are known before apply and a later change of the provider defaults does not move
 * existing objects. Both keep their prior value when the object changes in place, so that an
 * update never re-plans them from the provider's (possibly changed) defaults.
 */
public final class ScopeAttributes {
  public static final String PROJECT = "project";
  public static final String REGION = "region";

  private ScopeAttributes() {}

  /** {@code project} and {@code region}, force-new for a resource, not for a data source. */
  public static List<Attribute> attributes(boolean forceNew) {
    return List.of(project(forceNew), region(forceNew));
  }

  /** The {@code project} attribute of a resource (force-new) or data source. */
  public static Attribute project(boolean forceNew) {
    Attribute.Builder builder = Attribute.string(PROJECT).optional().computed()
        .keepPriorWhenUnknown()
        .validator(Validators.nonEmpty())
        .description("The project the object belongs to (project names look like e-mail"
            + " addresses). Defaults to the provider's `project`.");
    return (forceNew ? builder.forceNew() : builder).build();
  }

  /** The {@code region} attribute of a resource (force-new) or data source. */
  public static Attribute region(boolean forceNew) {
    Attribute.Builder builder = Attribute.string(REGION).optional().computed()
        .keepPriorWhenUnknown()
        .validator(Validators.nonEmpty())
        .description("The region (data center) of the object, for example `sequoia`."
            + " Defaults to the provider's `region`.");
    return (forceNew ? builder.forceNew() : builder).build();
  }

  /**
   * Plans null-configured {@code project} and {@code region} as the provider's defaults. Values
   * the configuration sets, or that the prior state already holds, are kept. When neither the
   * configuration nor the provider names one, adds an error on the attribute. A project named
   * for a new object, or a changed one, must be one the API key can use (see
   * {@link #checkProject}).
   */
  public static CtyValue.ObjectVal planScope(CtyValue prior, CtyValue.ObjectVal planned,
      CtyValue config, Connection connection, Diagnostics diagnostics) {
    CtyValue.ObjectVal result = planned;
    result = planDefault(result, config, PROJECT, connection.defaultProject(), diagnostics);
    result = planDefault(result, config, REGION, connection.defaultRegion(), diagnostics);
    checkProject(prior, result, connection, diagnostics);
    return result;
  }

  /**
   * {@link #planScope(CtyValue, CtyValue.ObjectVal, CtyValue, Connection, Diagnostics)} for a
   * resource's plan hook: a destroy plan (null) stays as it is, and so does a plan made while
   * the provider cannot reach the API yet (its settings unknown): the scope then stays unknown
   * until apply.
   */
  public static CtyValue planScope(CtyValue prior, CtyValue planned, CtyValue config,
      ConnectionSource connections, Diagnostics diagnostics) {
    if (!(planned instanceof CtyValue.ObjectVal object)) {
      return planned;
    }
    return connections.ifReady()
        .<CtyValue>map(connection -> planScope(prior, object, config, connection, diagnostics))
        .orElse(object);
  }

  /**
   * A misspelt project fails the plan, not the apply after other objects were made. The
   * provider's default project was checked at configure, and a project that the prior state
   * already holds needs no check. The project list is one call shared by the plans of a walk;
   * when it cannot be read, the check is left to the apply.
   */
  private static void checkProject(CtyValue prior, CtyValue.ObjectVal planned,
      Connection connection, Diagnostics diagnostics) {
    if (!(planned.get(PROJECT) instanceof CtyValue.Str project)
        || project.value().equals(connection.defaultProject())
        || (prior instanceof CtyValue.ObjectVal before && project.equals(before.get(PROJECT)))) {
      return;
    }
    List<String> projects;
    try {
      projects = connection.client().account().projects();
    } catch (ApiException | ResponseShapeException e) {
      return;
    }
    if (!projects.contains(project.value())) {
      diagnostics.error(AttributePath.of(PROJECT), "Unknown project",
          "The API key has no access to a project named \"" + project.value()
              + "\". Projects it can use: " + String.join(", ", projects) + ".");
    }
  }

  private static CtyValue.ObjectVal planDefault(CtyValue.ObjectVal planned, CtyValue config,
      String name, String fallback, Diagnostics diagnostics) {
    boolean configured = config instanceof CtyValue.ObjectVal object && !object.get(name).isNull();
    if (configured || planned.get(name).isKnown()) {
      return planned;
    }
    if (fallback == null || fallback.isBlank()) {
      reportMissing(name, diagnostics);
      return planned;
    }
    return planned.with(name, CtyValue.string(fallback));
  }

  /**
   * The scope of a data source: its configured values, else the provider's defaults; an error
   * on the attribute when neither is set.
   */
  public static Scope resolve(CtyValue config, Connection connection, Diagnostics diagnostics) {
    ObjectReader reader = ObjectReader.of(config);
    String project = firstSet(reader.string(PROJECT), connection.defaultProject());
    String region = firstSet(reader.string(REGION), connection.defaultRegion());
    if (project == null) {
      reportMissing(PROJECT, diagnostics);
    }
    if (region == null) {
      reportMissing(REGION, diagnostics);
    }
    return project == null || region == null ? null : new Scope(project, region);
  }

  /**
   * The project of a data source scoped by project alone: its configured value, else the
   * provider's default; null, with an error on the attribute, when neither is set.
   */
  public static String resolveProject(CtyValue config, Connection connection,
      Diagnostics diagnostics) {
    String project = firstSet(ObjectReader.of(config).string(PROJECT),
        connection.defaultProject());
    if (project == null) {
      reportMissing(PROJECT, diagnostics);
    }
    return project;
  }

  private static void reportMissing(String name, Diagnostics diagnostics) {
    diagnostics.error(AttributePath.of(name), "Missing " + name,
        "Set `" + name + "` here, or a default `" + name + "` in the provider block (or the"
            + " environment variable CANOPYWAVE_" + name.toUpperCase(java.util.Locale.ROOT)
            + ").");
  }

  /**
   * Parses an import id ({@code project/region/<id>}, or a bare id when the provider sets both
   * defaults); on bad input adds an error naming the accepted forms and returns empty.
   *
   * @param idLabel what the last part is called, {@code id} or {@code name}
   * @param exampleId a plausible last part for the example in the error
   */
  public static Optional<ImportId> importId(String raw, ConnectionSource connections,
      String idLabel, String exampleId, Diagnostics diagnostics) {
    Connection connection = connections.get();
    return ImportId.parse(raw, connection.defaultProject(), connection.defaultRegion(), idLabel,
        exampleId, diagnostics);
  }

  /** The scope recorded in a resource's state. */
  public static Scope of(CtyValue state) {
    ObjectReader reader = ObjectReader.of(state);
    return new Scope(reader.string(PROJECT), reader.string(REGION));
  }

  private static String firstSet(String value, String fallback) {
    return value != null && !value.isBlank() ? value
        : fallback != null && !fallback.isBlank() ? fallback : null;
  }
}
