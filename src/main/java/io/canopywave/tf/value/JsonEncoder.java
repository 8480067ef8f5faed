package io.canopywave.tf.value;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/** The JSON side of encoding: how each piece of a wholly known value is written. */
final class JsonEncoder implements ValueSink {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final JsonGenerator out;

  private JsonEncoder(JsonGenerator out) {
    this.out = out;
  }

  static byte[] encode(CtyValue value, CtyType type) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (JsonGenerator generator = FACTORY.createGenerator(bytes)) {
      ValueWalk.write(value, type, new JsonEncoder(generator));
    } catch (IOException e) {
      // The generator writes to memory; it has no real I/O to fail.
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  @Override
  public void writeNull() throws IOException {
    out.writeNull();
  }

  @Override
  public void writeUnknown(ValuePath path) {
    throw path.mismatch("is unknown, which JSON cannot hold");
  }

  @Override
  public void writeString(String value) throws IOException {
    out.writeString(value);
  }

  @Override
  public void writeNumber(BigDecimal value) throws IOException {
    out.writeNumber(DecimalText.format(value));
  }

  @Override
  public void writeBool(boolean value) throws IOException {
    out.writeBoolean(value);
  }

  @Override
  public void startArray(int size) throws IOException {
    out.writeStartArray();
  }

  @Override
  public void endArray() throws IOException {
    out.writeEndArray();
  }

  @Override
  public void startMap(int size) throws IOException {
    out.writeStartObject();
  }

  @Override
  public void writeKey(String key) throws IOException {
    out.writeFieldName(key);
  }

  @Override
  public void endMap() throws IOException {
    out.writeEndObject();
  }

  /** {@code {"value": v, "type": T}}, value first as the client writes it. */
  @Override
  public void startDynamic(CtyType type) throws IOException {
    out.writeStartObject();
    out.writeFieldName("value");
  }

  @Override
  public void endDynamic(CtyType type) throws IOException {
    out.writeFieldName("type");
    out.writeRawValue(type.toJson());
    out.writeEndObject();
  }
}
