package io.canopywave.tf.plugin.log;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

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

  @Property
  void appendString_anyText_parsesBackToTheSameText(@ForAll String text) {
    String parsed = CapturedLog.parse("{\"k\":" + quoted(text) + "}").get("k").asText();

    assertThat(parsed).isEqualTo(text);
  }
}
