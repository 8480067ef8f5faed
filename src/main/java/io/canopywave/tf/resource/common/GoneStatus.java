package io.canopywave.tf.resource.common;

import java.util.Locale;
import java.util.Set;

/**
 * Statuses with which the API still lists an object that no longer exists for its user: such
 * an object counts as gone, on refresh and while waiting for a delete.
 */
public final class GoneStatus {
  private static final Set<String> GONE =
      Set.of("deleted", "soft_deleted", "soft-deleted", "terminated");

  private GoneStatus() {}

  /** True for a terminal status, in any letter case; false for null and everything else. */
  public static boolean isGone(String status) {
    return status != null && GONE.contains(status.strip().toLowerCase(Locale.ROOT));
  }
}
