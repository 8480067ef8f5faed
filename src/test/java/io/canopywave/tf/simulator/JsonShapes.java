package io.canopywave.tf.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares the structure of two JSON values: the same member names in the same order at every
 * level, the same JSON types, arrays element by element against the reference's first element.
 * A null on either side matches any type, since the reference shows nullable fields as null.
 */
final class JsonShapes {
  private JsonShapes() {}

  /** A reference example from src/test/resources/simulator/reference. */
  static Object reference(String name) {
    String resource = "/simulator/reference/" + name + ".json";
    try (InputStream in = JsonShapes.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no reference example " + resource);
      }
      return Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The differences, one line each; empty when the shapes agree. */
  static List<String> differences(Object reference, Object actual) {
    var out = new ArrayList<String>();
    compare("$", reference, actual, out);
    return out;
  }

  private static void compare(String path, Object reference, Object actual, List<String> out) {
    if (reference == null || actual == null) {
      return;
    }
    switch (reference) {
      case Map<?, ?> expected -> {
        if (!(actual instanceof Map<?, ?> map)) {
          out.add(path + ": expected an object, got " + typeOf(actual));
          return;
        }
        var expectedKeys = List.copyOf(expected.keySet());
        var actualKeys = List.copyOf(map.keySet());
        if (!expectedKeys.equals(actualKeys)) {
          out.add(path + ": members " + actualKeys + " instead of " + expectedKeys);
          return;
        }
        for (Object key : expectedKeys) {
          compare(path + "." + key, expected.get(key), map.get(key), out);
        }
      }
      case List<?> expected -> {
        if (!(actual instanceof List<?> list)) {
          out.add(path + ": expected an array, got " + typeOf(actual));
          return;
        }
        if (!expected.isEmpty()) {
          for (int i = 0; i < list.size(); i++) {
            compare(path + "[" + i + "]", expected.getFirst(), list.get(i), out);
          }
        }
      }
      default -> {
        if (!typeOf(reference).equals(typeOf(actual))) {
          out.add(path + ": expected a " + typeOf(reference) + ", got " + typeOf(actual));
        }
      }
    }
  }

  private static String typeOf(Object value) {
    return switch (value) {
      case String text -> "string";
      case Number number -> "number";
      case Boolean flag -> "boolean";
      case Map<?, ?> map -> "object";
      case List<?> list -> "array";
      default -> value.getClass().getSimpleName();
    };
  }
}
