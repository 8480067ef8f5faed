package io.canopywave.tf.plan;

import io.canopywave.tf.schema.Diagnostics;
import java.util.Arrays;
import java.util.Optional;

/**
 * An import id scoped like the API: {@code project/region/id}, for example
 * {@code bob@example.com/sequoia/8c3e2b}; or a bare id when the provider configuration sets
 * {@code project} and {@code region}. Project names may hold {@code @} and {@code .}, never
 * {@code /}, so splitting on {@code /} is unambiguous.
 *
 * @param id the object's id, or its name for kinds the API identifies by name
 */
public record ImportId(String project, String region, String id) {
  private static final String SEPARATOR = "/";

  /**
   * Parses {@code raw}; on bad input adds an error naming the accepted forms and returns
   * empty.
   *
   * @param defaultProject the provider's {@code project}, or null when it sets none
   * @param defaultRegion the provider's {@code region}, or null when it sets none
   * @param idLabel what the last part is called in messages, {@code id} or {@code name}
   * @param exampleId a plausible last part for the example in messages
   */
  public static Optional<ImportId> parse(String raw, String defaultProject, String defaultRegion,
      String idLabel, String exampleId, Diagnostics diagnostics) {
    String[] parts = raw.split(SEPARATOR, -1);
    boolean allPresent = !raw.isEmpty() && Arrays.stream(parts)
        .noneMatch(p -> p.isEmpty() || !p.strip().equals(p));
    boolean defaultsSet = present(defaultProject) && present(defaultRegion);
    if (allPresent && parts.length == 3) {
      return Optional.of(new ImportId(parts[0], parts[1], parts[2]));
    }
    if (allPresent && parts.length == 1 && defaultsSet) {
      return Optional.of(new ImportId(defaultProject, defaultRegion, raw));
    }
    String problem = allPresent && parts.length == 1
        ? "A bare " + idLabel + " needs `project` and `region` in the provider configuration,"
            + " and this configuration does not set both."
        : "The import id `" + raw + "` is not in an accepted form.";
    diagnostics.error("Invalid import id", problem + " Use `<project>/<region>/<" + idLabel
        + ">`, for example `bob@example.com/sequoia/" + exampleId + "`, or just `<" + idLabel
        + ">` when the provider sets `project` and `region`. No part may be empty or start or"
        + " end with spaces.");
    return Optional.empty();
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  /** The canonical form, which {@link #parse} reads back. */
  @Override
  public String toString() {
    return String.join(SEPARATOR, project, region, id);
  }
}
