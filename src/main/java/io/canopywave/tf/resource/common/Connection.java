package io.canopywave.tf.resource.common;

import io.canopywave.tf.api.CanopyWaveClient;

/**
 * What a configured provider gives its resources and data sources: the API client and the
 * provider-level defaults for project and region (each null when unset).
 */
public record Connection(CanopyWaveClient client, String defaultProject, String defaultRegion) {}
