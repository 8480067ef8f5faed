package io.canopywave.tf.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Drops refinements from unknowns, rebuilding only the containers that held a refined one. */
final class RefinementStripper {
  private RefinementStripper() {}

  static CtyValue strip(CtyValue value) {
    return switch (value) {
      case CtyValue.Unknown u when !u.refinements().isEmpty() -> new CtyValue.Unknown(u.type());
      case CtyValue.ListVal l -> {
        List<CtyValue> elements = stripAll(l.elements());
        yield elements == null ? l : new CtyValue.ListVal(l.elementType(), elements);
      }
      case CtyValue.TupleVal t -> {
        List<CtyValue> elements = stripAll(t.elements());
        yield elements == null ? t : new CtyValue.TupleVal(t.type(), elements);
      }
      case CtyValue.SetVal s -> {
        List<CtyValue> elements = stripAll(List.copyOf(s.elements()));
        yield elements == null ? s : CtyValue.set(s.elementType(), elements);
      }
      case CtyValue.MapVal m -> {
        TreeMap<String, CtyValue> elements = stripAll(m.elements());
        yield elements == null ? m : new CtyValue.MapVal(m.elementType(), elements);
      }
      case CtyValue.ObjectVal o -> {
        TreeMap<String, CtyValue> attributes = stripAll(o.attributes());
        yield attributes == null ? o : new CtyValue.ObjectVal(o.type(), attributes);
      }
      default -> value;
    };
  }

  /** The stripped elements, or null when none changed. */
  private static List<CtyValue> stripAll(List<CtyValue> elements) {
    List<CtyValue> stripped = null;
    for (int i = 0; i < elements.size(); i++) {
      CtyValue before = elements.get(i);
      CtyValue after = strip(before);
      if (after != before && stripped == null) {
        stripped = new ArrayList<>(elements.subList(0, i));
      }
      if (stripped != null) {
        stripped.add(after);
      }
    }
    return stripped;
  }

  private static TreeMap<String, CtyValue> stripAll(Map<String, CtyValue> entries) {
    TreeMap<String, CtyValue> stripped = null;
    for (Map.Entry<String, CtyValue> entry : entries.entrySet()) {
      CtyValue after = strip(entry.getValue());
      if (after != entry.getValue() && stripped == null) {
        stripped = new TreeMap<>(entries);
      }
      if (stripped != null) {
        stripped.put(entry.getKey(), after);
      }
    }
    return stripped;
  }
}
