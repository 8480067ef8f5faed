package io.canopywave.tf.e2e.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The HCL of acceptance tests, kept in {@code src/test/resources/testdata/{r,d}/}. */
public final class TestData {
  private TestData() {}

  /** The text of {@code testdata/<path>}, such as {@code d/catalog.tf}. */
  public static String hcl(String path) {
    try (InputStream in = TestData.class.getResourceAsStream("/testdata/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test data at testdata/" + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
