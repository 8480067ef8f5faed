package io.canopywave.tf.simulator;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The simulator's timings and behaviours, as {@code POST /_simulator/config} sets them. Each
 * value applies to objects created (or instances restarted and terminated) after it is set.
 *
 * @param buildSeconds how long a new instance stays in BUILD
 * @param lingerSeconds how long a terminated instance stays listed as DELETED
 * @param invisibleReads how many API reads a new object stays absent from lists and details
 * @param stuckInBuild new instances never leave BUILD
 * @param buildResult the upper-case status an instance takes when its build ends
 * @param rebootSeconds how long a restarted instance stays in REBOOT
 */
public record SimulatorConfig(
    double buildSeconds,
    double lingerSeconds,
    int invisibleReads,
    boolean stuckInBuild,
    String buildResult,
    double rebootSeconds) {

  private static final Set<String> FIELDS =
      Set.of(
          "build_seconds",
          "linger_seconds",
          "invisible_reads",
          "stuck_in_build",
          "build_result",
          "reboot_seconds");

  public SimulatorConfig {
    requireNonNegative("build_seconds", buildSeconds);
    requireNonNegative("linger_seconds", lingerSeconds);
    requireNonNegative("reboot_seconds", rebootSeconds);
    if (invisibleReads < 0) {
      throw new IllegalArgumentException("invisible_reads must not be negative");
    }
    if (buildResult == null || buildResult.isBlank()) {
      throw new IllegalArgumentException("build_result must be a status such as ACTIVE");
    }
    buildResult = buildResult.toUpperCase(Locale.ROOT);
  }

  /** Two seconds of build, no linger, no invisibility, builds end ACTIVE, one second reboots. */
  public static SimulatorConfig defaults() {
    return new SimulatorConfig(2, 0, 0, false, "ACTIVE", 1);
  }

  public SimulatorConfig withBuildSeconds(double seconds) {
    return new SimulatorConfig(
        seconds, lingerSeconds, invisibleReads, stuckInBuild, buildResult, rebootSeconds);
  }

  public SimulatorConfig withLingerSeconds(double seconds) {
    return new SimulatorConfig(
        buildSeconds, seconds, invisibleReads, stuckInBuild, buildResult, rebootSeconds);
  }

  public SimulatorConfig withInvisibleReads(int reads) {
    return new SimulatorConfig(
        buildSeconds, lingerSeconds, reads, stuckInBuild, buildResult, rebootSeconds);
  }

  /** This configuration with the fields of a {@code POST /_simulator/config} body applied. */
  public SimulatorConfig merge(Map<String, ?> changes) {
    for (String field : changes.keySet()) {
      if (!FIELDS.contains(field)) {
        throw new IllegalArgumentException(
            "unknown config field " + field + "; fields are " + FIELDS);
      }
    }
    return new SimulatorConfig(
        number(changes, "build_seconds", buildSeconds),
        number(changes, "linger_seconds", lingerSeconds),
        (int) number(changes, "invisible_reads", invisibleReads),
        flag(changes, "stuck_in_build", stuckInBuild),
        text(changes, "build_result", buildResult),
        number(changes, "reboot_seconds", rebootSeconds));
  }

  public Map<String, Object> toJson() {
    var json = new LinkedHashMap<String, Object>();
    json.put("build_seconds", buildSeconds);
    json.put("linger_seconds", lingerSeconds);
    json.put("invisible_reads", invisibleReads);
    json.put("stuck_in_build", stuckInBuild);
    json.put("build_result", buildResult);
    json.put("reboot_seconds", rebootSeconds);
    return json;
  }

  public static SimulatorConfig fromJson(Map<String, ?> json) {
    return defaults().merge(json);
  }

  private static double number(Map<String, ?> changes, String field, double current) {
    Object value = changes.get(field);
    if (value == null) {
      return current;
    }
    if (!(value instanceof Number number)) {
      throw new IllegalArgumentException(field + " must be a number");
    }
    double amount = number.doubleValue();
    if (field.equals("invisible_reads") && amount != Math.rint(amount)) {
      throw new IllegalArgumentException("invisible_reads must be a whole number");
    }
    return number.doubleValue();
  }

  private static boolean flag(Map<String, ?> changes, String field, boolean current) {
    Object value = changes.get(field);
    if (value == null) {
      return current;
    }
    if (!(value instanceof Boolean flag)) {
      throw new IllegalArgumentException(field + " must be true or false");
    }
    return flag;
  }

  private static String text(Map<String, ?> changes, String field, String current) {
    Object value = changes.get(field);
    if (value == null) {
      return current;
    }
    if (!(value instanceof String text)) {
      throw new IllegalArgumentException(field + " must be a string");
    }
    return text;
  }

  private static void requireNonNegative(String field, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(field + " must be a finite number, zero or more");
    }
  }
}
