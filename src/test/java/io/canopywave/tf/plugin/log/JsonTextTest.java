package io.canopywave.tf.plugin.log;

import static io.canopywave.tf.testing.Gen.weight;
import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.testing.Gen;
import io.canopywave.tf.testing.Property;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class JsonTextTest {

  private static String quoted(String text) {
    StringBuilder out = new StringBuilder();
    JsonText.appendString(out, text);
    return out.toString();
  }

  @Test
  void appendString_specialCharacters_useShortEscapes() {
    assertThat(quoted("a\"b\\c\nd\re\tf\bg\fh")).isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\"");
  }

  @Test
  void appendString_otherControlCharacters_useUnicodeEscapes() {
    assertThat(quoted("\u0000\u001f\u2028")).isEqualTo("\"\\u0000\\u001f\\u2028\"");
  }

  @Test
  void appendString_loneSurrogate_isEscapedButPairsAreKept() {
    assertThat(quoted("\ud800x")).isEqualTo("\"\\ud800x\"");
    assertThat(quoted("\udc00")).isEqualTo("\"\\udc00\"");
    assertThat(quoted("😀")).isEqualTo("\"😀\"");
  }

  @Test
  void appendString_output_hasNoRawLineBreak() {
    assertThat(quoted("a\nb\r\nc")).doesNotContain("\n").doesNotContain("\r");
  }

  /** Any UTF-16 text, weighted towards what JSON must escape: controls, quotes, surrogates. */
  private static Gen<String> anyText() {
    Gen<Integer> codePoints = Gen.frequency(
        weight(4, Gen.ints(0x20, 0x7e)),
        weight(2, Gen.ints(0x00, 0x1f)),
        weight(1, Gen.of((int) '"', (int) '\\', 0x7f, 0x2028, 0x2029)),
        weight(1, Gen.ints(0xd800, 0xdfff)),
        weight(2, Gen.ints(0x80, 0xffff)),
        weight(1, Gen.ints(0x10000, Character.MAX_CODE_POINT)));
    return Gen.strings(codePoints, 0, 100);
  }

  @TestFactory
  Stream<DynamicTest> appendString_anyText_parsesBackToTheSameText() {
    return Property.forAll(anyText()).tries(1_000).check(text -> {
      String parsed = CapturedLog.parse("{\"k\":" + quoted(text) + "}").get("k").asText();

      assertThat(parsed).isEqualTo(text);
    });
  }
}
