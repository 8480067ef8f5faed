package io.canopywave.tf.plugin;

import java.util.Map;

/** The TCP ports the client allows the plugin to listen on, both ends included. */
record PortRange(int min, int max) {
  static final PortRange DEFAULT = new PortRange(10000, 25000);

  PortRange {
    if (min < 1 || max > 65535 || min > max) {
      throw new IllegalArgumentException("port range " + min + ".." + max + " is not usable");
    }
  }

  /** From PLUGIN_MIN_PORT and PLUGIN_MAX_PORT; a missing end keeps its default. */
  static PortRange fromEnvironment(Map<String, String> environment) throws LaunchException {
    int min = port(environment, "PLUGIN_MIN_PORT", DEFAULT.min);
    int max = port(environment, "PLUGIN_MAX_PORT", DEFAULT.max);
    try {
      return new PortRange(min, max);
    } catch (IllegalArgumentException e) {
      throw new LaunchException("PLUGIN_MIN_PORT and PLUGIN_MAX_PORT give " + e.getMessage());
    }
  }

  private static int port(Map<String, String> environment, String name, int fallback)
      throws LaunchException {
    String text = environment.get(name);
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new LaunchException(name + " must be a port number, not \"" + text + "\"");
    }
  }
}
