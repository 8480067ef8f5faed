package io.canopywave.tf.bench;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** The launches of one provider, summarised per phase. */
record LaunchFigures(
    String provider,
    Summary handshakeMillis,
    Summary schemaMillis,
    Summary exitMillis,
    Summary peakRssMib,
    int protocolVersion) {

  static LaunchFigures of(String provider, List<LaunchSample> samples) {
    return new LaunchFigures(
        provider,
        summarise(samples, LaunchSample::handshakeMillis),
        summarise(samples, LaunchSample::schemaMillis),
        summarise(samples, LaunchSample::exitMillis),
        summarise(samples, LaunchSample::peakRssMib),
        samples.getLast().protocolVersion());
  }

  private static Summary summarise(
      List<LaunchSample> samples, ToDoubleFunction<LaunchSample> phase) {
    return Summary.of(samples.stream().map(sample -> phase.applyAsDouble(sample)).toList());
  }
}
