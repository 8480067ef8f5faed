package io.canopywave.tf.datasource.common;

import io.canopywave.tf.api.model.Scope;
import java.util.ArrayList;
import java.util.List;

/**
 * The project and region one read of a data source covers.
 *
 * @param project the project, or null for data that belongs to no project (the catalogue)
 * @param region the region, or null for every region (or none)
 */
public record ResolvedScope(String project, String region) {
  public static final ResolvedScope GLOBAL = new ResolvedScope(null, null);

  /**
   * The API scope of a read that names both.
   *
   * @throws IllegalStateException when project or region is null (a bug in the data source)
   */
  public Scope scope() {
    if (project == null || region == null) {
      throw new IllegalStateException("the scope " + this + " lacks a project or region");
    }
    return new Scope(project, region);
  }

  /** For messages: {@code in project "p", region "r"}; empty for global data. */
  public String describe() {
    if (project == null) {
      return "";
    }
    return " in project \"" + project + "\"" + (region == null ? "" : ", region \"" + region
        + "\"");
  }

  /** The parts of the query id this scope contributes, outermost first. */
  List<String> idParts() {
    List<String> parts = new ArrayList<>();
    if (project != null) {
      parts.add(project);
    }
    if (region != null) {
      parts.add(region);
    }
    return parts;
  }
}
