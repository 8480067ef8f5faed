package io.canopywave.tf.datasource.common;

import io.canopywave.tf.api.CanopyWaveClient;
import io.canopywave.tf.value.ObjectReader;

/**
 * One read of a list data source: the client to call, the resolved scope and the wholly known
 * configuration (for filters).
 */
public record ListQuery(CanopyWaveClient client, ResolvedScope scope, ObjectReader config) {}
