package io.canopywave.tf.plugin;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class DerTest {
  private static final HexFormat HEX = HexFormat.of();

  @Test
  void objectIdentifier_multiByteArcs_useBase128() {
    assertThat(HEX.formatHex(Der.objectIdentifier("1.2.840.10045.4.3.3")))
        .isEqualTo("06082a8648ce3d040303");
    assertThat(HEX.formatHex(Der.objectIdentifier("2.5.29.17"))).isEqualTo("0603551d11");
  }

  @Test
  void objectIdentifier_invalidFirstArcs_isRefused() {
    assertThatThrownBy(() -> Der.objectIdentifier("1.40"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Der.objectIdentifier("3.1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Der.objectIdentifier("2"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void integer_isMinimalTwosComplement() {
    assertThat(HEX.formatHex(Der.integer(BigInteger.TWO))).isEqualTo("020102");
    assertThat(HEX.formatHex(Der.integer(BigInteger.valueOf(128)))).isEqualTo("02020080");
    assertThat(HEX.formatHex(Der.integer(BigInteger.valueOf(-129)))).isEqualTo("0202ff7f");
  }

  @Test
  void element_longContent_usesTheLongLengthForm() {
    assertThat(HEX.formatHex(Der.octetString(new byte[127]), 0, 4)).isEqualTo("047f0000");
    assertThat(HEX.formatHex(Der.octetString(new byte[128]), 0, 4)).isEqualTo("04818000");
    assertThat(HEX.formatHex(Der.octetString(new byte[300]), 0, 5)).isEqualTo("0482012c00");
    assertThat(Der.octetString(new byte[70_000])).hasSize(70_000 + 5);
  }

  @Test
  void time_before2050_isUtcTime_from2050_isGeneralizedTime() {
    assertThat(new String(Der.time(Instant.parse("2049-12-31T23:59:59Z")), 2, 13,
        US_ASCII)).isEqualTo("491231235959Z");
    assertThat(Der.time(Instant.parse("2049-12-31T23:59:59Z"))[0]).isEqualTo((byte) 0x17);
    byte[] later = Der.time(Instant.parse("2050-01-02T03:04:05Z"));
    assertThat(later[0]).isEqualTo((byte) 0x18);
    assertThat(new String(later, 2, 15, US_ASCII))
        .isEqualTo("20500102030405Z");
  }

  @Test
  void bitString_carriesTheUnusedBitCount() {
    assertThat(HEX.formatHex(Der.bitString(new byte[] {(byte) 0xac}, 2))).isEqualTo("030202ac");
    assertThatThrownBy(() -> Der.bitString(new byte[0], 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void constructed_elements_wrapTheirChildren() {
    assertThat(HEX.formatHex(Der.sequence(Der.bool(true), Der.utf8String("é"))))
        .isEqualTo("30070101ff0c02c3a9");
    assertThat(HEX.formatHex(Der.explicit(0, Der.integer(BigInteger.TWO))))
        .isEqualTo("a003020102");
    assertThat(HEX.formatHex(Der.implicitPrimitive(7, new byte[] {127, 0, 0, 1})))
        .isEqualTo("87047f000001");
    assertThat(HEX.formatHex(Der.set())).isEqualTo("3100");
  }
}
