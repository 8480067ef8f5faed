package io.canopywave.tf.datasource.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The reference's example payloads in {@code src/test/resources/api-examples/}. */
public final class ApiExamples {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ApiExamples() {}

  /** The whole example, envelope included. */
  public static JsonNode json(String name) {
    try (InputStream in = ApiExamples.class.getResourceAsStream(
        "/api-examples/" + name + ".json")) {
      if (in == null) {
        throw new IllegalArgumentException("no example named " + name);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The elements of the example's {@code data} list, each read by {@code read}. */
  public static <T> List<T> dataList(String name, Function<JsonNode, T> read) {
    List<T> items = new ArrayList<>();
    json(name).path("data").forEach(node -> items.add(read.apply(node)));
    return items;
  }

  /** A JSON text as a tree, for hand-written payloads. */
  public static JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
