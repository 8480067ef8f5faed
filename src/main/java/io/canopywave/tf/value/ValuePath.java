package io.canopywave.tf.value;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a codec currently is inside a value, kept as a mutable stack so that walking stays
 * cheap; it is only rendered when something goes wrong.
 */
final class ValuePath {
  // Attribute names are stored as themselves, indexes as Integer, map keys wrapped.
  private final List<Object> steps = new ArrayList<>();

  void attribute(String name) {
    steps.add(name);
  }

  void key(String key) {
    steps.add(new MapKey(key));
  }

  void index(int index) {
    steps.add(index);
  }

  void leave() {
    steps.removeLast();
  }

  /** The path in Terraform's notation with a leading dot, e.g. {@code .tags["env"]}. */
  String render() {
    if (steps.isEmpty()) {
      return "(root)";
    }
    StringBuilder out = new StringBuilder();
    for (Object step : steps) {
      switch (step) {
        case String name -> out.append('.').append(name);
        case MapKey k -> out.append("[\"").append(k.key()).append("\"]");
        default -> out.append('[').append(step).append(']');
      }
    }
    return out.toString();
  }

  ValueDecodeException invalid(String problem) {
    return new ValueDecodeException(render(), problem);
  }

  ValueDecodeException invalid(String problem, Throwable cause) {
    return new ValueDecodeException(render(), problem, cause);
  }

  /** For encoders and builders: the value given does not fit the type asked for. */
  IllegalArgumentException mismatch(String problem) {
    return new IllegalArgumentException("value at " + render() + " " + problem);
  }

  private record MapKey(String key) {}
}
