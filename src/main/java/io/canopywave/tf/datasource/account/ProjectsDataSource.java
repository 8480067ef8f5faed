package io.canopywave.tf.datasource.account;

import io.canopywave.tf.datasource.common.ItemList;
import io.canopywave.tf.datasource.common.ListSpec;
import io.canopywave.tf.datasource.common.StandardScope;

/** {@code canopywave_projects}: the projects the API key may use. */
public final class ProjectsDataSource {
  public static final String TYPE_NAME = "canopywave_projects";

  private ProjectsDataSource() {}

  public static ListSpec<String> spec() {
    return new ListSpec<>(TYPE_NAME,
        "The names of the projects the API key may use. Project names look like e-mail"
            + " addresses; every other object belongs to one of them.",
        "projects", StandardScope.GLOBAL,
        ItemList.strings("names", "The project names, in the order the API lists them."),
        query -> query.client().account().projects());
  }
}
