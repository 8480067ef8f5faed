package io.canopywave.tf.simulator;

/**
 * How to start a {@link Simulator}.
 *
 * @param port the loopback port to listen on; 0 picks a free one
 * @param apiKey the only bearer key the simulated API accepts
 * @param config the initial timings, also restored by {@code POST /_simulator/reset}
 * @param requestLogCapacity how many requests the log keeps (the oldest are forgotten)
 */
public record SimulatorOptions(
    int port, String apiKey, SimulatorConfig config, int requestLogCapacity) {

  /** The key the simulator accepts unless told otherwise; documented in docs/simulator.md. */
  public static final String DEFAULT_API_KEY = "canopywave-simulator-key";

  public static final int DEFAULT_PORT = 8787;

  public SimulatorOptions {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535");
    }
    if (apiKey == null || apiKey.isBlank()) {
      throw new IllegalArgumentException("the API key must not be empty");
    }
    if (config == null) {
      throw new IllegalArgumentException("config must not be null");
    }
    if (requestLogCapacity < 1) {
      throw new IllegalArgumentException("the request log must hold at least one entry");
    }
  }

  /** A free port, the default key and config, a log of the last 20 000 requests. */
  public static SimulatorOptions defaults() {
    return new SimulatorOptions(0, DEFAULT_API_KEY, SimulatorConfig.defaults(), 20_000);
  }

  public SimulatorOptions withPort(int newPort) {
    return new SimulatorOptions(newPort, apiKey, config, requestLogCapacity);
  }

  public SimulatorOptions withApiKey(String key) {
    return new SimulatorOptions(port, key, config, requestLogCapacity);
  }

  public SimulatorOptions withConfig(SimulatorConfig newConfig) {
    return new SimulatorOptions(port, apiKey, newConfig, requestLogCapacity);
  }

  public SimulatorOptions withBuildSeconds(double seconds) {
    return withConfig(config.withBuildSeconds(seconds));
  }

  public SimulatorOptions withLingerSeconds(double seconds) {
    return withConfig(config.withLingerSeconds(seconds));
  }

  public SimulatorOptions withInvisibleReads(int reads) {
    return withConfig(config.withInvisibleReads(reads));
  }

  public SimulatorOptions withRequestLogCapacity(int capacity) {
    return new SimulatorOptions(port, apiKey, config, capacity);
  }

  @Override
  public String toString() {
    // The key is a credential in spirit even here: keep it out of logs and test reports.
    return "SimulatorOptions[port=" + port + ", apiKey=***, config=" + config
        + ", requestLogCapacity=" + requestLogCapacity + "]";
  }
}
