package io.canopywave.tf.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects the diagnostics of one operation. Safe to share between threads. */
public final class Diagnostics {
  private final List<Diagnostic> items = Collections.synchronizedList(new ArrayList<>());

  public Diagnostics add(Diagnostic diagnostic) {
    items.add(diagnostic);
    return this;
  }

  public Diagnostics addAll(Diagnostics other) {
    items.addAll(other.list());
    return this;
  }

  public Diagnostics error(String summary, String detail) {
    return add(Diagnostic.error(summary, detail));
  }

  public Diagnostics error(AttributePath path, String summary, String detail) {
    return add(Diagnostic.error(path, summary, detail));
  }

  public Diagnostics warning(String summary, String detail) {
    return add(Diagnostic.warning(summary, detail));
  }

  public Diagnostics warning(AttributePath path, String summary, String detail) {
    return add(Diagnostic.warning(path, summary, detail));
  }

  public boolean hasErrors() {
    synchronized (items) {
      return items.stream().anyMatch(Diagnostic::isError);
    }
  }

  public List<Diagnostic> list() {
    synchronized (items) {
      return List.copyOf(items);
    }
  }

  @Override
  public String toString() {
    return list().toString();
  }
}
