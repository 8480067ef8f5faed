package io.canopywave.tf.resource.instance;

import io.canopywave.tf.resource.common.GoneStatus;
import java.util.Locale;
import java.util.Set;

/**
 * An instance status as the API reports it: upper-case in the detail ({@code ACTIVE}), lower-case
 * in the lists ({@code active}). Any string is accepted and kept; the provider only needs to know
 * which phase it stands for.
 *
 * @param value the status as reported, never null (an absent status is {@code unknown})
 */
public record InstanceStatus(String value) {

  /** What a status means for the provider. */
  public enum Phase {
    /** Running and usable: a create or restart is done. */
    ACTIVE,
    /** On its way to active (building, rebooting, resizing, ...). */
    PENDING,
    /** Failed: it will not become active without help. */
    ERROR,
    /** Terminated: the instance is gone even if the API still lists it for a while. */
    GONE,
    /** Anything else (shut off, paused, rescued, or a value this provider has never seen). */
    OTHER
  }

  private static final Set<String> PENDING = Set.of("BUILD", "BUILDING", "REBOOT",
      "HARD_REBOOT", "REBUILD", "RESIZE", "VERIFY_RESIZE", "MIGRATING", "PASSWORD");

  public InstanceStatus {
    value = value == null || value.isBlank() ? "unknown" : value.strip();
  }

  public static InstanceStatus of(String value) {
    return new InstanceStatus(value);
  }

  public Phase phase() {
    String normalized = value.toUpperCase(Locale.ROOT).replace('-', '_');
    if (normalized.equals("ACTIVE")) {
      return Phase.ACTIVE;
    }
    if (normalized.equals("ERROR")) {
      return Phase.ERROR;
    }
    if (GoneStatus.isGone(value)) {
      return Phase.GONE;
    }
    return PENDING.contains(normalized) ? Phase.PENDING : Phase.OTHER;
  }

  public boolean isActive() {
    return phase() == Phase.ACTIVE;
  }

  public boolean isError() {
    return phase() == Phase.ERROR;
  }

  public boolean isGone() {
    return phase() == Phase.GONE;
  }

  /** The form kept in the state: lower-case, as the instance lists write it. */
  public String stateValue() {
    return value.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return stateValue();
  }
}
