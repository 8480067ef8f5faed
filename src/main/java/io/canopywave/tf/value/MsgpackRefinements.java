package io.canopywave.tf.value;

import java.io.IOException;
import java.math.BigDecimal;
import org.msgpack.core.MessageUnpacker;
import org.msgpack.value.ValueType;

/**
 * Reads the body of extension 12, a refined unknown: a map from small integer keys to facts.
 * Keys this provider does not know are skipped, as the wire format asks.
 */
final class MsgpackRefinements {
  private static final int NULLNESS = 1;
  private static final int STRING_PREFIX = 2;
  private static final int NUMBER_LOWER_BOUND = 3;
  private static final int NUMBER_UPPER_BOUND = 4;
  private static final int LENGTH_LOWER_BOUND = 5;
  private static final int LENGTH_UPPER_BOUND = 6;

  private MsgpackRefinements() {}

  /** The refined unknown, or a null when the body says the value is definitely null. */
  static CtyValue read(byte[] body, CtyType type, ValuePath path) throws IOException {
    try (MessageUnpacker in = MsgpackDecoder.unpacker(body)) {
      if (in.getNextFormat().getValueType() != ValueType.MAP) {
        throw path.invalid("the refinements of an unknown value are not a map");
      }
      int size = in.unpackMapHeader();
      Boolean notNull = null;
      String prefix = null;
      Refinements.Bound lower = null;
      Refinements.Bound upper = null;
      Long minLength = null;
      Long maxLength = null;
      for (int i = 0; i < size; i++) {
        if (in.getNextFormat().getValueType() != ValueType.INTEGER) {
          throw path.invalid("the refinements of an unknown value have a non-integer key");
        }
        long key = in.unpackLong();
        if (key == NULLNESS) {
          expect(in, ValueType.BOOLEAN, "nullness", path);
          if (in.unpackBoolean()) {
            return CtyValue.nullOf(type);
          }
          notNull = true;
        } else if (key == STRING_PREFIX && type == CtyType.STRING) {
          expect(in, ValueType.STRING, "string prefix", path);
          prefix = MsgpackDecoder.toNfc(in.unpackString());
        } else if (key == NUMBER_LOWER_BOUND && type == CtyType.NUMBER) {
          lower = readBound(in, path);
        } else if (key == NUMBER_UPPER_BOUND && type == CtyType.NUMBER) {
          upper = readBound(in, path);
        } else if (key == LENGTH_LOWER_BOUND && type.isCollection()) {
          expect(in, ValueType.INTEGER, "length lower bound", path);
          minLength = in.unpackLong();
        } else if (key == LENGTH_UPPER_BOUND && type.isCollection()) {
          expect(in, ValueType.INTEGER, "length upper bound", path);
          maxLength = in.unpackLong();
        } else {
          in.skipValue();
        }
      }
      Refinements refinements =
          new Refinements(notNull, prefix, lower, upper, minLength, maxLength);
      return new CtyValue.Unknown(type, refinements);
    }
  }

  private static void expect(MessageUnpacker in, ValueType wanted, String what, ValuePath path)
      throws IOException {
    if (in.getNextFormat().getValueType() != wanted) {
      throw path.invalid("the " + what + " refinement is not "
          + MsgpackDecoder.describe(wanted));
    }
  }

  /** A bound is {@code [number, inclusive]}; an infinite one bounds nothing and is dropped. */
  private static Refinements.Bound readBound(MessageUnpacker in, ValuePath path)
      throws IOException {
    expect(in, ValueType.ARRAY, "number bound", path);
    if (in.unpackArrayHeader() != 2) {
      throw path.invalid("a number bound refinement needs [number, inclusive]");
    }
    BigDecimal bound = MsgpackDecoder.readNumberOrNullIfInfinite(in, path);
    expect(in, ValueType.BOOLEAN, "number bound's inclusive flag", path);
    boolean inclusive = in.unpackBoolean();
    return bound == null ? null : new Refinements.Bound(bound, inclusive);
  }
}
