package io.canopywave.tf.schema;

/**
 * A message for the user. The summary is a short title; the detail says what happened, whose
 * fault it is and what to do. A non-root path makes the client point at that argument.
 */
public record Diagnostic(Severity severity, String summary, String detail, AttributePath path) {

  public enum Severity {
    ERROR,
    WARNING
  }

  public Diagnostic {
    path = path == null ? AttributePath.ROOT : path;
    detail = detail == null ? "" : detail;
  }

  public static Diagnostic error(String summary, String detail) {
    return new Diagnostic(Severity.ERROR, summary, detail, AttributePath.ROOT);
  }

  public static Diagnostic error(AttributePath path, String summary, String detail) {
    return new Diagnostic(Severity.ERROR, summary, detail, path);
  }

  public static Diagnostic warning(String summary, String detail) {
    return new Diagnostic(Severity.WARNING, summary, detail, AttributePath.ROOT);
  }

  public static Diagnostic warning(AttributePath path, String summary, String detail) {
    return new Diagnostic(Severity.WARNING, summary, detail, path);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
