package io.canopywave.tf.value;

import java.io.IOException;
import java.math.BigDecimal;

/** The output side of an encoder; {@link ValueWalk} decides what to write and checks types. */
interface ValueSink {
  void writeNull() throws IOException;

  void writeUnknown(ValuePath path) throws IOException;

  void writeString(String value) throws IOException;

  void writeNumber(BigDecimal value) throws IOException;

  void writeBool(boolean value) throws IOException;

  /** An array of {@code size} elements follows (list, set, tuple). */
  void startArray(int size) throws IOException;

  void endArray() throws IOException;

  /** {@code size} pairs of {@link #writeKey} and a value follow (map, object). */
  void startMap(int size) throws IOException;

  void writeKey(String key) throws IOException;

  void endMap() throws IOException;

  /** A value in a dynamic slot, of concrete {@code type}, follows. */
  void startDynamic(CtyType type) throws IOException;

  void endDynamic(CtyType type) throws IOException;
}
