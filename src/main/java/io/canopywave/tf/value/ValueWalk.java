package io.canopywave.tf.value;

import java.io.IOException;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * Walks a value against the type it is encoded as, feeding a {@link ValueSink}: the part of
 * encoding that msgpack and JSON share. Mismatches fail with the path.
 */
final class ValueWalk {
  private final ValueSink out;
  private final ValuePath path = new ValuePath();

  private ValueWalk(ValueSink out) {
    this.out = out;
  }

  static void write(CtyValue value, CtyType type, ValueSink out) throws IOException {
    new ValueWalk(out).write(value, type);
  }

  private void write(CtyValue value, CtyType type) throws IOException {
    if (type == CtyType.DYNAMIC && value.type() != CtyType.DYNAMIC) {
      out.startDynamic(value.type());
      write(value, value.type());
      out.endDynamic(value.type());
      return;
    }
    switch (value) {
      case CtyValue.Null n -> out.writeNull();
      case CtyValue.Unknown u -> out.writeUnknown(path);
      case CtyValue.Str s -> {
        expect(type == CtyType.STRING, value, type);
        out.writeString(s.value());
      }
      case CtyValue.Num n -> {
        expect(type == CtyType.NUMBER, value, type);
        out.writeNumber(n.value());
      }
      case CtyValue.Bool b -> {
        expect(type == CtyType.BOOL, value, type);
        out.writeBool(b.value());
      }
      case CtyValue.ListVal l -> {
        expect(type instanceof CtyType.ListOf, value, type);
        writeElements(l.elements(), ((CtyType.ListOf) type).element());
      }
      case CtyValue.SetVal s -> {
        expect(type instanceof CtyType.SetOf, value, type);
        writeElements(s.elements(), ((CtyType.SetOf) type).element());
      }
      case CtyValue.MapVal m -> {
        expect(type instanceof CtyType.MapOf, value, type);
        writeMap(m, ((CtyType.MapOf) type).element());
      }
      case CtyValue.ObjectVal o -> {
        expect(type instanceof CtyType.ObjectOf, value, type);
        writeObject(o, (CtyType.ObjectOf) type);
      }
      case CtyValue.TupleVal t -> {
        expect(type instanceof CtyType.TupleOf, value, type);
        writeTuple(t, (CtyType.TupleOf) type);
      }
    }
  }

  private void expect(boolean fits, CtyValue value, CtyType type) {
    if (!fits) {
      throw path.mismatch("is of type " + value.type().toJson() + ", expected " + type.toJson());
    }
  }

  private void writeElements(Collection<CtyValue> elements, CtyType elementType)
      throws IOException {
    out.startArray(elements.size());
    int index = 0;
    for (CtyValue element : elements) {
      path.index(index++);
      write(element, elementType);
      path.leave();
    }
    out.endArray();
  }

  private void writeMap(CtyValue.MapVal map, CtyType elementType) throws IOException {
    out.startMap(map.elements().size());
    for (Map.Entry<String, CtyValue> entry : map.elements().entrySet()) {
      out.writeKey(entry.getKey());
      path.key(entry.getKey());
      write(entry.getValue(), elementType);
      path.leave();
    }
    out.endMap();
  }

  private void writeObject(CtyValue.ObjectVal object, CtyType.ObjectOf type) throws IOException {
    Map<String, CtyType> types = type.attributes();
    Map<String, CtyValue> values = object.attributes();
    if (object.type() != type && !values.keySet().equals(types.keySet())) {
      throw path.mismatch("has attributes " + values.keySet() + ", expected " + types.keySet());
    }
    out.startMap(types.size());
    // Both maps are sorted by name and hold the same names, so they can be walked together.
    Iterator<CtyValue> valueIterator = values.values().iterator();
    for (Map.Entry<String, CtyType> attribute : types.entrySet()) {
      out.writeKey(attribute.getKey());
      path.attribute(attribute.getKey());
      write(valueIterator.next(), attribute.getValue());
      path.leave();
    }
    out.endMap();
  }

  private void writeTuple(CtyValue.TupleVal tuple, CtyType.TupleOf type) throws IOException {
    int size = type.elements().size();
    if (tuple.elements().size() != size) {
      throw path.mismatch("has " + tuple.elements().size() + " elements, expected " + size);
    }
    out.startArray(size);
    for (int i = 0; i < size; i++) {
      path.index(i);
      write(tuple.elements().get(i), type.elements().get(i));
      path.leave();
    }
    out.endArray();
  }
}
