package io.canopywave.tf.plugin.aot;

import io.canopywave.tf.simulator.Simulator;
import io.canopywave.tf.simulator.SimulatorOptions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The API a training run talks to: the embedded simulator, on a free loopback port, for as long
 * as the run lasts. A training run that configures the provider and reads through it records the
 * HTTP client, the JSON mapper and the API models in the cache, which the process of a plan or
 * apply would otherwise load from the jars, and check, on every start.
 *
 * @param url the simulator's API base URL
 * @param apiKey the key it accepts, made for this run only
 * @param project a project the simulator knows
 * @param region a region the simulator knows
 */
record TrainingApi(String url, String apiKey, String project, String region) {
  private static final String PROJECT = "alice@example.com";
  private static final String REGION = "sequoia";
  private static final int KEY_BYTES = 16;

  /** Starts a simulator for one training run; closing the simulator ends it. */
  // Limitation: the simulator's control API takes no key, so while a training runs (some
  // seconds) another local user could make its calls fail or stall; the run then keeps no
  // cache and the next start trains again. Nothing secret is served: the data and key are made up.
  static Simulator startSimulator() {
    byte[] key = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(key);
    return Simulator.start(
        SimulatorOptions.defaults().withApiKey("training-" + HexFormat.of().formatHex(key)));
  }

  static TrainingApi of(Simulator simulator) {
    return new TrainingApi(simulator.baseUrl(), simulator.apiKey(), PROJECT, REGION);
  }
}
