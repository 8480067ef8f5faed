package io.canopywave.tf.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** Peak resident memory of a live process, from the kernel's high-water mark. */
final class ProcessMemory {

  private ProcessMemory() {}

  /**
   * VmHWM of the process in kibibytes, or empty once it has exited (or is not readable): the
   * largest resident set it has had so far, so one read late in its life sees its peak.
   */
  static OptionalLong peakKib(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmHWM:")) {
          String digits = line.substring("VmHWM:".length()).replace("kB", "").trim();
          return OptionalLong.of(Long.parseLong(digits));
        }
      }
      return OptionalLong.empty();
    } catch (IOException | NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  static double mib(long kib) {
    return kib / 1024.0;
  }
}
