package io.canopywave.tf.bench;

/**
 * One provider at one object count: `tofu plan` on an empty state (all creates), `tofu apply`,
 * then `tofu plan` again on the applied state (a refresh of every object and no changes), with
 * the API requests that refresh made (-1 for a provider that calls no API).
 */
record ObjectFigures(
    String provider,
    int count,
    Summary createPlanMillis,
    double applyMillis,
    Summary refreshPlanMillis,
    double peakRssMib,
    long refreshRequests) {}
