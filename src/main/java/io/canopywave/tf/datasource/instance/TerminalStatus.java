package io.canopywave.tf.datasource.instance;

import java.util.Locale;
import java.util.Set;

/**
 * The statuses with which the API keeps listing an instance for a while after it was
 * terminated. Such an instance no longer exists for a user, so lookups leave it out.
 */
final class TerminalStatus {
  private static final Set<String> TERMINAL = Set.of("deleted", "soft_deleted", "terminated");

  private TerminalStatus() {}

  static boolean isTerminal(String status) {
    return status != null
        && TERMINAL.contains(status.strip().toLowerCase(Locale.ROOT).replace('-', '_'));
  }
}
