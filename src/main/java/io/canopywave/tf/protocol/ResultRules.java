package io.canopywave.tf.protocol;

import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.schema.NestedBlock;
import io.canopywave.tf.value.CtyValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The protocol's rules for values a provider returns, enforced once here rather than trusted to
 * every resource: write-only attributes are always null, and states (not plans) hold no unknowns.
 */
final class ResultRules {
  private ResultRules() {}

  /** A state made valid, with the paths where an unknown had to become null. */
  record CleanState(CtyValue value, List<AttributePath> unknownPaths) {
    CleanState {
      unknownPaths = List.copyOf(unknownPaths);
    }
  }

  /** For new, read, imported and upgraded states. */
  static CleanState state(Block block, CtyValue value) {
    List<AttributePath> unknownPaths = new ArrayList<>();
    CtyValue known = replaceUnknowns(nullWriteOnly(block, value), AttributePath.ROOT, unknownPaths);
    return new CleanState(known, unknownPaths);
  }

  /** For planned states, which may hold unknowns but never write-only values. */
  static CtyValue plan(Block block, CtyValue value) {
    return nullWriteOnly(block, value);
  }

  static CtyValue nullWriteOnly(Block block, CtyValue value) {
    if (!(value instanceof CtyValue.ObjectVal object)) {
      return value;
    }
    Map<String, CtyValue> attributes = new TreeMap<>(object.attributes());
    for (Attribute attribute : block.attributes()) {
      if (attribute.writeOnly() && attributes.containsKey(attribute.name())) {
        attributes.put(attribute.name(), CtyValue.nullOf(attribute.type()));
      }
    }
    for (NestedBlock nested : block.blocks()) {
      CtyValue inner = attributes.get(nested.typeName());
      if (inner != null) {
        attributes.put(nested.typeName(), nullWriteOnlyInBlocks(nested.block(), inner));
      }
    }
    return new CtyValue.ObjectVal(object.type(), new TreeMap<>(attributes));
  }

  /** Applies the block's rule to a nested block value of any nesting mode. */
  private static CtyValue nullWriteOnlyInBlocks(Block block, CtyValue value) {
    return switch (value) {
      case CtyValue.ObjectVal o -> nullWriteOnly(block, o);
      case CtyValue.ListVal l -> new CtyValue.ListVal(l.elementType(),
          l.elements().stream().map(e -> nullWriteOnly(block, e)).toList());
      case CtyValue.SetVal s -> new CtyValue.SetVal(s.elementType(),
          mapToSet(s.elements(), e -> nullWriteOnly(block, e)));
      case CtyValue.MapVal m -> new CtyValue.MapVal(m.elementType(),
          mapValues(m.elements(), e -> nullWriteOnly(block, e)));
      case CtyValue.TupleVal t -> new CtyValue.TupleVal(t.type(),
          t.elements().stream().map(e -> nullWriteOnly(block, e)).toList());
      default -> value;
    };
  }

  static CtyValue replaceUnknowns(CtyValue value, AttributePath path, List<AttributePath> found) {
    if (value.isWhollyKnown()) {
      return value;
    }
    return switch (value) {
      case CtyValue.Unknown u -> {
        found.add(path);
        yield CtyValue.nullOf(u.type());
      }
      case CtyValue.ObjectVal o -> {
        Map<String, CtyValue> attributes = new TreeMap<>();
        o.attributes().forEach((name, v) ->
            attributes.put(name, replaceUnknowns(v, path.attribute(name), found)));
        yield CtyValue.object(o.type(), attributes);
      }
      case CtyValue.ListVal l -> new CtyValue.ListVal(l.elementType(), indexed(l.elements(),
          path, found));
      case CtyValue.TupleVal t -> new CtyValue.TupleVal(t.type(), indexed(t.elements(), path,
          found));
      // Set elements have no path step of their own: the set itself is reported.
      case CtyValue.SetVal s -> new CtyValue.SetVal(s.elementType(),
          mapToSet(s.elements(), e -> replaceUnknowns(e, path, found)));
      case CtyValue.MapVal m -> {
        Map<String, CtyValue> elements = new TreeMap<>();
        m.elements().forEach((key, v) -> elements.put(key, replaceUnknowns(v, path.key(key),
            found)));
        yield new CtyValue.MapVal(m.elementType(), new TreeMap<>(elements));
      }
      default -> value;
    };
  }

  private static List<CtyValue> indexed(List<CtyValue> elements, AttributePath path,
      List<AttributePath> found) {
    List<CtyValue> out = new ArrayList<>(elements.size());
    for (int i = 0; i < elements.size(); i++) {
      out.add(replaceUnknowns(elements.get(i), path.index(i), found));
    }
    return out;
  }

  private static Set<CtyValue> mapToSet(Set<CtyValue> elements,
      UnaryOperator<CtyValue> change) {
    Set<CtyValue> out = new LinkedHashSet<>();
    elements.forEach(e -> out.add(change.apply(e)));
    return out;
  }

  private static TreeMap<String, CtyValue> mapValues(Map<String, CtyValue> elements,
      UnaryOperator<CtyValue> change) {
    TreeMap<String, CtyValue> out = new TreeMap<>();
    elements.forEach((key, v) -> out.put(key, change.apply(v)));
    return out;
  }
}
