package io.canopywave.tf.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks on one planned change, as {@link StateJson#change} answers it. */
public final class ChangeAssert {
  private ChangeAssert() {}

  /** The change destroys and recreates the object, forced by exactly {@code paths}. */
  public static void assertReplacedBy(JsonNode change, String... paths) {
    assertThat(StateJson.actions(change)).containsExactly("delete", "create");
    assertThat(StateJson.replacePaths(change)).containsExactly(paths);
  }
}
