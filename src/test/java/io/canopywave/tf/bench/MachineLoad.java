package io.canopywave.tf.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one-minute load average, printed beside the figures: on a shared two-core machine a load
 * of 8 makes every start several times slower, the JVM's more than a Go binary's.
 */
final class MachineLoad {

  private MachineLoad() {}

  static double oneMinute() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
