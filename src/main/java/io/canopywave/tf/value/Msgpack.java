package io.canopywave.tf.value;

/**
 * The MessagePack form of cty values, the encoding of every {@code DynamicValue} the client
 * sends and expects back.
 *
 * <p>Values are always encoded against a type known from the schema; only {@code dynamic} slots
 * carry their type, as {@code [type JSON as bin, value]}. Unknowns are written as extension 0
 * with one zero byte ({@code d4 00 00}); refinements are never written, which the client always
 * accepts, and are read back into {@link Refinements} when it sends them.
 */
public final class Msgpack {
  static {
    // msgpack-core's default buffers call sun.misc.Unsafe, for which JDK 24 and later print a
    // warning on stderr, the plugin's log channel. Its ByteBuffer-backed buffers are as fast
    // for our sizes and stay quiet. Every use of msgpack-core goes through this class first.
    if (System.getProperty("msgpack.universal-buffer") == null) {
      System.setProperty("msgpack.universal-buffer", "true");
    }
  }

  private Msgpack() {}

  /**
   * Encodes {@code value} as a value of {@code type}.
   *
   * @throws IllegalArgumentException naming the path when the value does not fit the type
   */
  public static byte[] encode(CtyValue value, CtyType type) {
    return MsgpackEncoder.encode(value, type);
  }

  /**
   * Decodes a value of {@code type}; an empty array is a null of the type.
   *
   * @throws ValueDecodeException naming the path when the bytes do not hold such a value
   */
  public static CtyValue decode(byte[] bytes, CtyType type) {
    return MsgpackDecoder.decode(bytes, type);
  }
}
