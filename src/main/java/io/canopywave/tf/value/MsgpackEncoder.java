package io.canopywave.tf.value;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;

/** The msgpack side of encoding: how each piece of a value is written. */
final class MsgpackEncoder implements ValueSink {
  private static final byte UNKNOWN_EXTENSION = 0;
  private static final byte[] UNKNOWN_BODY = {0};
  private static final BigInteger UINT64_MAX =
      BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
  private static final MessagePack.PackerConfig CONFIG =
      new MessagePack.PackerConfig().withBufferSize(1024);

  private final MessageBufferPacker out = CONFIG.newBufferPacker();

  private MsgpackEncoder() {}

  static byte[] encode(CtyValue value, CtyType type) {
    MsgpackEncoder encoder = new MsgpackEncoder();
    try {
      ValueWalk.write(value, type, encoder);
      return encoder.out.toByteArray();
    } catch (IOException e) {
      // The packer writes to memory; it has no real I/O to fail.
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void writeNull() throws IOException {
    out.packNil();
  }

  @Override
  public void writeUnknown(ValuePath path) throws IOException {
    out.packExtensionTypeHeader(UNKNOWN_EXTENSION, UNKNOWN_BODY.length);
    out.writePayload(UNKNOWN_BODY);
  }

  @Override
  public void writeString(String value) throws IOException {
    out.packString(value);
  }

  /** Smallest integer form, else float64 when exact and fractional, else the decimal text. */
  @Override
  public void writeNumber(BigDecimal number) throws IOException {
    int integerDigits = number.precision() - number.scale();
    if (number.scale() <= 0 && integerDigits <= 18) {
      out.packLong(number.longValueExact());
      return;
    }
    if (number.scale() <= 0 && integerDigits <= 20) {
      BigInteger integer = number.toBigIntegerExact();
      if (integer.bitLength() < 64 || integer.signum() > 0 && integer.compareTo(UINT64_MAX) <= 0) {
        out.packBigInteger(integer);
        return;
      }
    }
    if (number.scale() > 0) {
      double asDouble = number.doubleValue();
      if (Double.isFinite(asDouble) && new BigDecimal(asDouble).compareTo(number) == 0) {
        out.packDouble(asDouble);
        return;
      }
    }
    out.packString(DecimalText.format(number));
  }

  @Override
  public void writeBool(boolean value) throws IOException {
    out.packBoolean(value);
  }

  @Override
  public void startArray(int size) throws IOException {
    out.packArrayHeader(size);
  }

  @Override
  public void endArray() {}

  @Override
  public void startMap(int size) throws IOException {
    out.packMapHeader(size);
  }

  @Override
  public void writeKey(String key) throws IOException {
    out.packString(key);
  }

  @Override
  public void endMap() {}

  /** {@code [bin(type JSON), value]}. */
  @Override
  public void startDynamic(CtyType type) throws IOException {
    byte[] typeJson = type.toJson().getBytes(StandardCharsets.UTF_8);
    out.packArrayHeader(2);
    out.packBinaryHeader(typeJson.length);
    out.writePayload(typeJson);
  }

  @Override
  public void endDynamic(CtyType type) {}
}
