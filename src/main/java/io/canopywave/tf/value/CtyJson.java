package io.canopywave.tf.value;

/**
 * The JSON form of cty values: stored states ({@code RawState.json}) and moved states.
 *
 * <p>Shapes match {@link Msgpack}: objects and maps are JSON objects, lists, sets and tuples are
 * arrays, numbers are JSON numbers of any precision, and a value in a {@code dynamic} slot is
 * {@code {"value": v, "type": T}}. JSON has no unknowns.
 *
 * <p>Decoding is as forgiving as the client's own: a missing object attribute is null, a string
 * slot takes a number or bool as written, a number or bool slot takes its string form.
 */
public final class CtyJson {
  private CtyJson() {}

  /**
   * Encodes a wholly known value as UTF-8 JSON.
   *
   * @throws IllegalArgumentException naming the path on an unknown or a value that does not
   *     fit the type
   */
  public static byte[] encode(CtyValue value, CtyType type) {
    return JsonEncoder.encode(value, type);
  }

  /**
   * Decodes a value of {@code type}; an empty array is a null of the type. An object key the
   * type does not have is an error.
   *
   * @throws ValueDecodeException naming the path when the JSON does not hold such a value
   */
  public static CtyValue decode(byte[] json, CtyType type) {
    return JsonDecoder.decode(json, type, false);
  }

  /**
   * Decodes a stored state written by another schema version: object keys the type does not
   * have are ignored at every level, missing ones are null.
   *
   * @throws ValueDecodeException naming the path when the JSON does not hold such a value
   */
  public static CtyValue.ObjectVal decodeLenient(byte[] json, CtyType.ObjectOf type) {
    CtyValue value = JsonDecoder.decode(json, type, true);
    if (value instanceof CtyValue.ObjectVal object) {
      return object;
    }
    throw new ValueDecodeException("(root)", "expected a JSON object, found null");
  }
}
