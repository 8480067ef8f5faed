package io.canopywave.tf.datasource.common;

import io.canopywave.tf.resource.common.Connection;
import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.Diagnostics;
import io.canopywave.tf.value.CtyValue;
import java.util.List;
import java.util.Optional;

/**
 * Where a data source looks: its scope attributes and how a configuration plus the provider's
 * defaults resolve them. {@link StandardScope} covers the usual cases.
 */
public interface QueryScope {

  /** The scope attributes of the schema, such as {@code project} and {@code region}. */
  List<Attribute> attributes();

  /**
   * The scope of one read; empty after adding an error (on the attribute) that says what to
   * set.
   */
  Optional<ResolvedScope> resolve(CtyValue config, Connection connection,
      Diagnostics diagnostics);
}
