package io.canopywave.tf.datasource.common;

import io.canopywave.tf.api.CacheMode;
import io.canopywave.tf.api.CanopyWaveClient;
import io.canopywave.tf.resource.common.ListedKind;
import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.Diagnostics;
import io.canopywave.tf.value.CtyValue;
import java.util.List;

/**
 * Everything that makes one list data source what it is; {@link ListDataSource} does the rest
 * (schema, scope defaults, the query id, API errors, the state).
 *
 * @param typeName such as {@code canopywave_ssh_keys}
 * @param description the data source's Markdown description
 * @param noun what is listed, for messages: {@code SSH keys}
 * @param filters optional arguments that narrow the list; a filter that matches nothing gives
 *     an empty list
 * @param fetch the records, already filtered
 * @param check validation beyond the attributes' own validators; values may be unknown
 * @param <T> the API record listed
 */
public record ListSpec<T>(
    String typeName,
    String description,
    String noun,
    QueryScope scope,
    List<Attribute> filters,
    ItemList<T> items,
    Fetch<T> fetch,
    ConfigCheck check) {

  public ListSpec {
    filters = List.copyOf(filters);
  }

  /** A spec without filters. */
  public ListSpec(String typeName, String description, String noun, QueryScope scope,
      ItemList<T> items, Fetch<T> fetch) {
    this(typeName, description, noun, scope, List.of(), items, fetch, ConfigCheck.NONE);
  }

  /**
   * A spec without filters for objects listed per project and region (volumes, ssh keys...):
   * each read lists them from the lists the walk shares.
   *
   * @param list lists the kind in one scope; a lambda, so that building the spec (on the
   *     schema path) resolves nothing of the client
   */
  public static <T> ListSpec<T> inRegion(String typeName, String description, String noun,
      ItemList<T> items, ListedKind.Lister<CanopyWaveClient, T> list) {
    return new ListSpec<>(typeName, description, noun, StandardScope.PROJECT_AND_REGION, items,
        query -> list.list(query.client(), query.scope().scope(), CacheMode.SHARED));
  }

  /** Reads the records of one query. */
  @FunctionalInterface
  public interface Fetch<T> {
    /**
     * @throws io.canopywave.tf.api.ApiException when the API fails
     * @throws io.canopywave.tf.spi.DiagnosticException when the query cannot be answered as
     *     configured (it names the attribute to change)
     */
    List<T> fetch(ListQuery query);
  }

  /** Checks a configuration; values may be unknown, so each check skips those. */
  @FunctionalInterface
  public interface ConfigCheck {
    ConfigCheck NONE = (config, diagnostics) -> { };

    void check(CtyValue config, Diagnostics diagnostics);
  }
}
