package io.canopywave.tf.spi;

import io.canopywave.tf.schema.Diagnostic;

/**
 * An expected failure that already knows what to tell the user. Code deep inside an operation
 * may throw it instead of threading diagnostics back up; the protocol layer reports
 * {@link #diagnostic()} as is, instead of a generic internal error.
 */
public class DiagnosticException extends RuntimeException {
  private final Diagnostic diagnostic;

  public DiagnosticException(Diagnostic diagnostic) {
    super(diagnostic.summary(), null, false, false);
    this.diagnostic = diagnostic;
  }

  public Diagnostic diagnostic() {
    return diagnostic;
  }
}
