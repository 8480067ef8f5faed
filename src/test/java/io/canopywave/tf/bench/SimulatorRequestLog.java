package io.canopywave.tf.bench;

import io.canopywave.tf.simulator.SimulatorControl;

/** The request log of a running simulator, through its control API. */
record SimulatorRequestLog(SimulatorControl control) implements ApiRequestLog {

  @Override
  public void clear() {
    control.clearRequests();
  }

  @Override
  public long count() {
    return control.requests().size();
  }

  @Override
  public void reset() {
    control.reset();
  }
}
