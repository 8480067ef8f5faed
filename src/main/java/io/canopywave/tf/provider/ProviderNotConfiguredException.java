package io.canopywave.tf.provider;

import io.canopywave.tf.schema.Diagnostic;
import io.canopywave.tf.spi.DiagnosticException;

/**
 * Thrown by {@link CanopyWaveProvider#config()} when an operation needs the API but the provider
 * settings are missing, unknown or invalid; the protocol layer shows its diagnostic.
 */
public final class ProviderNotConfiguredException extends DiagnosticException {
  public ProviderNotConfiguredException(Diagnostic diagnostic) {
    super(diagnostic);
  }
}
