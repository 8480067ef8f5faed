package io.canopywave.tf.plan;

import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.schema.NestedBlock;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Takes a nested block's value apart into its block objects and puts it back together, so that
 * each walker over a schema handles the five nesting modes in one place.
 */
final class NestedValues {
  private NestedValues() {}

  /**
   * One block object inside a nested block's value. Set elements have no path step of their
   * own, so their path is the set's.
   */
  record Element(AttributePath path, CtyValue value) {}

  /** The block objects of a known value; none for null or unknown. */
  static List<Element> elements(AttributePath path, CtyValue value) {
    List<Element> out = new ArrayList<>();
    switch (value) {
      case CtyValue.ObjectVal object -> out.add(new Element(path, object));
      case CtyValue.ListVal list -> {
        for (int i = 0; i < list.elements().size(); i++) {
          out.add(new Element(path.index(i), list.elements().get(i)));
        }
      }
      case CtyValue.SetVal set -> set.elements().forEach(e -> out.add(new Element(path, e)));
      case CtyValue.MapVal map ->
          map.elements().forEach((key, e) -> out.add(new Element(path.key(key), e)));
      default -> {
        // null or unknown: nothing inside to visit
      }
    }
    return out;
  }

  /** The block objects of a known value, without their paths. */
  static List<CtyValue> objects(CtyValue value) {
    return elements(AttributePath.ROOT, value).stream().map(Element::value).toList();
  }

  /** The same shape as {@code original} with its block objects replaced, in order. */
  static CtyValue rebuild(NestedBlock nested, CtyValue original, List<CtyValue> replaced) {
    CtyType.ObjectOf elementType = nested.block().impliedType();
    return switch (original) {
      case CtyValue.ObjectVal object -> replaced.getFirst();
      case CtyValue.ListVal list -> new CtyValue.ListVal(elementType, replaced);
      case CtyValue.SetVal set -> CtyValue.set(elementType, replaced);
      case CtyValue.MapVal map -> {
        Map<String, CtyValue> out = new TreeMap<>();
        Iterator<CtyValue> values = replaced.iterator();
        map.elements().keySet().forEach(key -> out.put(key, values.next()));
        yield new CtyValue.MapVal(elementType, new TreeMap<>(out));
      }
      default -> original;
    };
  }

  /**
   * What an absent block is: null for SINGLE, an empty collection for LIST, SET and MAP, and
   * for GROUP an object whose content is absent too (the client never sends a null group).
   */
  static CtyValue absent(NestedBlock nested) {
    Block inner = nested.block();
    CtyType.ObjectOf elementType = inner.impliedType();
    return switch (nested.nesting()) {
      case SINGLE -> CtyValue.nullOf(elementType);
      case LIST -> new CtyValue.ListVal(elementType, List.of());
      case SET -> new CtyValue.SetVal(elementType, Set.of());
      case MAP -> new CtyValue.MapVal(elementType, new TreeMap<>());
      case GROUP -> {
        Map<String, CtyValue> content = new TreeMap<>();
        inner.attributes().forEach(a -> content.put(a.name(), CtyValue.nullOf(a.type())));
        inner.blocks().forEach(b -> content.put(b.typeName(), absent(b)));
        yield CtyValue.object(elementType, content);
      }
    };
  }

  /** A LIST, SET or MAP block left null (by an old state, say) reads as absent. */
  static CtyValue nullAsAbsent(NestedBlock nested, CtyValue value) {
    return value.isNull() && nested.nesting() != NestedBlock.Nesting.SINGLE
        ? absent(nested) : value;
  }

  /** The value of attribute or block {@code name} of an object; null or unknown propagate. */
  static CtyValue field(CtyValue object, String name, CtyType type) {
    return switch (object) {
      case CtyValue.ObjectVal o -> o.get(name);
      case CtyValue.Unknown u -> CtyValue.unknown(type);
      default -> CtyValue.nullOf(type);
    };
  }
}
