package io.canopywave.tf.bench;

/** One `tofu` command: its wall time and the largest peak RSS of any provider it started. */
record TofuRun(double wallMillis, double providerPeakRssMib) {}
