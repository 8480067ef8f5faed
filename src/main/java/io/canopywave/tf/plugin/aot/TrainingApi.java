package io.canopywave.tf.plugin.aot;

import io.canopywave.tf.simulator.Simulator;
import io.canopywave.tf.simulator.SimulatorOptions;

/**
 * The API a training run talks to: the embedded simulator, on a free loopback port, for as long
 * as the run lasts. A training run that configures the provider and reads through it records the
 * HTTP client, the JSON mapper and the API models in the cache, which the process of a plan or
 * apply would otherwise load from the jars, and check, on every start.
 */
// Limitation: the simulator's control API takes no key, so while a training runs (some seconds)
// another local user could make its calls fail or stall; the run then keeps no cache and the
// next start trains again. Nothing secret is served: the data and the key are made up.
final class TrainingApi implements AutoCloseable {
  private final Simulator simulator;

  private TrainingApi(Simulator simulator) {
    this.simulator = simulator;
  }

  static TrainingApi start() {
    return new TrainingApi(Simulator.start(SimulatorOptions.defaults()));
  }

  String url() {
    return simulator.baseUrl();
  }

  String apiKey() {
    return simulator.apiKey();
  }

  /** A project the simulator knows, for the provider's default. */
  String project() {
    return simulator.projects().getFirst();
  }

  /** A region the simulator knows, for the provider's default. */
  String region() {
    return simulator.regions().getFirst();
  }

  @Override
  public void close() {
    simulator.close();
  }
}
