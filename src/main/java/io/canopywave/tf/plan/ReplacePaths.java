package io.canopywave.tf.plan;

import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.schema.NestedBlock;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The force-new attribute paths whose planned value differs from the prior one or is unknown.
 * It compares the plan before computed values were made unknown: a value the provider will only
 * learn on apply is not a reason to replace. Write-only attributes are never listed by value
 * (both sides are always null); a resource replaces on them through a companion attribute.
 */
final class ReplacePaths {
  private ReplacePaths() {}

  static void collect(Block block, AttributePath path, CtyValue prior, CtyValue planned,
      Set<AttributePath> out) {
    for (Attribute attribute : block.attributes()) {
      if (!attribute.forceNew() || attribute.writeOnly()) {
        continue;
      }
      CtyValue before = NestedValues.field(prior, attribute.name(), attribute.type());
      CtyValue after = NestedValues.field(planned, attribute.name(), attribute.type());
      if (!after.isWhollyKnown() || !after.equals(before)) {
        out.add(path.attribute(attribute.name()));
      }
    }
    for (NestedBlock nested : block.blocks()) {
      if (hasForceNew(nested.block())) {
        String name = nested.typeName();
        CtyType type = block.impliedType().attribute(name);
        nested(nested, path.attribute(name), NestedValues.field(prior, name, type),
            NestedValues.field(planned, name, type), out);
      }
    }
  }

  private static void nested(NestedBlock nested, AttributePath path, CtyValue prior,
      CtyValue planned, Set<AttributePath> out) {
    Block inner = nested.block();
    if (!planned.isKnown()) {
      out.add(path);
      return;
    }
    switch (nested.nesting()) {
      case SINGLE, GROUP -> collect(inner, path, prior, planned, out);
      case LIST -> {
        List<CtyValue> before = prior instanceof CtyValue.ListVal l ? l.elements() : List.of();
        List<CtyValue> after = planned instanceof CtyValue.ListVal l ? l.elements() : List.of();
        CtyValue none = CtyValue.nullOf(inner.impliedType());
        // Walk the longer side too: removing an element removes its force-new values.
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
          collect(inner, path.index(i), i < before.size() ? before.get(i) : none,
              i < after.size() ? after.get(i) : none, out);
        }
      }
      case MAP -> {
        Map<String, CtyValue> before =
            prior instanceof CtyValue.MapVal m ? m.elements() : Map.of();
        Map<String, CtyValue> after =
            planned instanceof CtyValue.MapVal m ? m.elements() : Map.of();
        CtyValue none = CtyValue.nullOf(inner.impliedType());
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
          collect(inner, path.key(key), before.getOrDefault(key, none),
              after.getOrDefault(key, none), out);
        }
      }
      case SET -> {
        // No path step reaches into a set: compare the sets' force-new parts as a whole.
        if (!forceNewParts(nested, prior).equals(forceNewParts(nested, planned))) {
          out.add(path);
        }
      }
    }
  }

  /**
   * What of a nested block's value a replacement depends on. An unknown value becomes a fresh
   * object, equal to nothing, so that it always counts as a change.
   */
  private static Object forceNewParts(NestedBlock nested, CtyValue value) {
    if (!value.isKnown()) {
      return new Object();
    }
    List<Object> elements = new ArrayList<>();
    for (NestedValues.Element element : NestedValues.elements(AttributePath.ROOT, value)) {
      elements.add(List.of(element.path(), forceNewParts(nested.block(), element.value())));
    }
    return nested.nesting() == NestedBlock.Nesting.SET ? new HashSet<>(elements) : elements;
  }

  private static List<Object> forceNewParts(Block block, CtyValue object) {
    List<Object> parts = new ArrayList<>();
    for (Attribute attribute : block.attributes()) {
      if (attribute.forceNew() && !attribute.writeOnly()) {
        CtyValue value = NestedValues.field(object, attribute.name(), attribute.type());
        parts.add(value.isWhollyKnown() ? value : new Object());
      }
    }
    for (NestedBlock nested : block.blocks()) {
      if (hasForceNew(nested.block())) {
        String name = nested.typeName();
        parts.add(forceNewParts(nested, NestedValues.field(object, name,
            block.impliedType().attribute(name))));
      }
    }
    return parts;
  }

  static boolean hasForceNew(Block block) {
    return block.attributes().stream().anyMatch(a -> a.forceNew() && !a.writeOnly())
        || block.blocks().stream().anyMatch(b -> hasForceNew(b.block()));
  }
}
