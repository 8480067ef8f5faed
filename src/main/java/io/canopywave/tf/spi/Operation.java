package io.canopywave.tf.spi;

import io.canopywave.tf.cancel.Cancellation;
import io.canopywave.tf.schema.Diagnostics;

/** The context of one RPC handled by a resource or data source. */
public record Operation(
    Diagnostics diagnostics, ClientCapabilities capabilities, Cancellation cancellation) {}
