package io.canopywave.tf.plugin;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The few ASN.1 DER encodings a self-signed X.509 certificate needs. Each method returns one
 * complete element (tag, length, content); constructed ones take their already-encoded children.
 * Small on purpose: a general ASN.1 library costs hundreds of classes at every start.
 */
final class Der {
  private static final int BOOLEAN = 0x01;
  private static final int INTEGER = 0x02;
  private static final int BIT_STRING = 0x03;
  private static final int OCTET_STRING = 0x04;
  private static final int OBJECT_IDENTIFIER = 0x06;
  private static final int UTF8_STRING = 0x0c;
  private static final int UTC_TIME = 0x17;
  private static final int GENERALIZED_TIME = 0x18;
  private static final int SEQUENCE = 0x30;
  private static final int SET = 0x31;
  private static final int CONTEXT_CONSTRUCTED = 0xa0;
  private static final int CONTEXT_PRIMITIVE = 0x80;

  private Der() {}

  static byte[] sequence(byte[]... elements) {
    return element(SEQUENCE, concat(elements));
  }

  static byte[] set(byte[]... elements) {
    return element(SET, concat(elements));
  }

  static byte[] integer(BigInteger value) {
    return element(INTEGER, value.toByteArray());
  }

  static byte[] bool(boolean value) {
    return element(BOOLEAN, new byte[] {(byte) (value ? 0xff : 0x00)});
  }

  /** A bit string whose last byte has UNUSED_BITS padding bits at its low end. */
  static byte[] bitString(byte[] bits, int unusedBits) {
    if (unusedBits < 0 || unusedBits > 7 || (bits.length == 0 && unusedBits != 0)) {
      throw new IllegalArgumentException("unused bits must be 0-7, and 0 when empty");
    }
    byte[] content = new byte[bits.length + 1];
    content[0] = (byte) unusedBits;
    System.arraycopy(bits, 0, content, 1, bits.length);
    return element(BIT_STRING, content);
  }

  static byte[] octetString(byte[] content) {
    return element(OCTET_STRING, content);
  }

  static byte[] utf8String(String text) {
    return element(UTF8_STRING, text.getBytes(StandardCharsets.UTF_8));
  }

  /** An object identifier from its dotted form, such as {@code 2.5.29.17}. */
  static byte[] objectIdentifier(String dotted) {
    String[] arcs = dotted.split("\\.");
    if (arcs.length < 2) {
      throw new IllegalArgumentException("an object identifier has at least two arcs: " + dotted);
    }
    long first = Long.parseLong(arcs[0]);
    long second = Long.parseLong(arcs[1]);
    if (first > 2 || (first < 2 && second > 39)) {
      throw new IllegalArgumentException("invalid first arcs in " + dotted);
    }
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    base128(content, first * 40 + second);
    for (int i = 2; i < arcs.length; i++) {
      base128(content, Long.parseLong(arcs[i]));
    }
    return element(OBJECT_IDENTIFIER, content.toByteArray());
  }

  /** X.509's Time: UTCTime through 2049, GeneralizedTime from 2050 (RFC 5280, 4.1.2.5). */
  static byte[] time(Instant instant) {
    ZonedDateTime utc = instant.atZone(ZoneOffset.UTC);
    if (utc.getYear() < 1950) {
      throw new IllegalArgumentException("certificate times before 1950 are not supported");
    }
    boolean utcTime = utc.getYear() < 2050;
    StringBuilder text = new StringBuilder(15);
    if (utcTime) {
      digits(text, utc.getYear() % 100, 2);
    } else {
      digits(text, utc.getYear(), 4);
    }
    digits(text, utc.getMonthValue(), 2);
    digits(text, utc.getDayOfMonth(), 2);
    digits(text, utc.getHour(), 2);
    digits(text, utc.getMinute(), 2);
    digits(text, utc.getSecond(), 2);
    text.append('Z');
    byte[] ascii = text.toString().getBytes(StandardCharsets.US_ASCII);
    return element(utcTime ? UTC_TIME : GENERALIZED_TIME, ascii);
  }

  private static void digits(StringBuilder out, int value, int width) {
    String number = Integer.toString(value);
    out.repeat('0', width - number.length()).append(number);
  }

  /** {@code [TAG] EXPLICIT}: the element wrapped in a context-specific constructed tag. */
  static byte[] explicit(int tag, byte[] element) {
    return element(CONTEXT_CONSTRUCTED | tag, element);
  }

  /** {@code [TAG] IMPLICIT} for a primitive type: its content under a context-specific tag. */
  static byte[] implicitPrimitive(int tag, byte[] content) {
    return element(CONTEXT_PRIMITIVE | tag, content);
  }

  static byte[] element(int tag, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 6);
    out.write(tag);
    int length = content.length;
    if (length < 0x80) {
      out.write(length);
    } else {
      int bytes = (32 - Integer.numberOfLeadingZeros(length) + 7) / 8;
      out.write(0x80 | bytes);
      for (int shift = (bytes - 1) * 8; shift >= 0; shift -= 8) {
        out.write(length >>> shift);
      }
    }
    out.writeBytes(content);
    return out.toByteArray();
  }

  private static void base128(ByteArrayOutputStream out, long value) {
    if (value < 0) {
      throw new IllegalArgumentException("negative object identifier arc");
    }
    int groups = Math.max(1, (64 - Long.numberOfLeadingZeros(value) + 6) / 7);
    for (int group = groups - 1; group >= 0; group--) {
      int bits = (int) ((value >>> (group * 7)) & 0x7f);
      out.write(group == 0 ? bits : bits | 0x80);
    }
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
