package io.canopywave.tf.plan;

import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.schema.NestedBlock;
import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.value.CtyValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the client sends as {@code proposed_new_state}, so that tests plan from realistic
 * inputs: every computed attribute the configuration leaves null holds its prior value (null
 * on create), everything else is the configuration's; LIST blocks pair with prior ones by
 * index, MAP blocks by key, SET blocks by equal non-computed content.
 */
public final class CoreProposal {
  private CoreProposal() {}

  /** The proposal for {@code config} over {@code prior}; a null config proposes null. */
  public static CtyValue proposedNew(Schema schema, CtyValue prior, CtyValue config) {
    if (config.isNull()) {
      return CtyValue.nullOf(schema.impliedType());
    }
    return block(schema.block(), prior, config);
  }

  private static CtyValue block(Block block, CtyValue prior, CtyValue config) {
    if (!(config instanceof CtyValue.ObjectVal configObject)) {
      return config;
    }
    Map<String, CtyValue> proposed = new TreeMap<>();
    for (Attribute attribute : block.attributes()) {
      CtyValue configured = configObject.get(attribute.name());
      boolean fromPrior = attribute.computed() && configured.isNull();
      proposed.put(attribute.name(), fromPrior
          ? NestedValues.field(prior, attribute.name(), attribute.type())
          : configured);
    }
    for (NestedBlock nested : block.blocks()) {
      String name = nested.typeName();
      CtyValue priorValue = NestedValues.field(prior, name, configObject.type().attribute(name));
      proposed.put(name, nested(nested, priorValue, configObject.get(name)));
    }
    return CtyValue.object(configObject.type(), proposed);
  }

  private static CtyValue nested(NestedBlock nested, CtyValue prior, CtyValue config) {
    Block inner = nested.block();
    CtyValue none = CtyValue.nullOf(inner.impliedType());
    return switch (config) {
      case CtyValue.ListVal list -> {
        List<CtyValue> priorElements =
            prior instanceof CtyValue.ListVal p ? p.elements() : List.of();
        List<CtyValue> out = new ArrayList<>();
        for (int i = 0; i < list.elements().size(); i++) {
          out.add(block(inner, i < priorElements.size() ? priorElements.get(i) : none,
              list.elements().get(i)));
        }
        yield NestedValues.rebuild(nested, config, out);
      }
      case CtyValue.MapVal map -> {
        Map<String, CtyValue> priorElements =
            prior instanceof CtyValue.MapVal p ? p.elements() : Map.of();
        List<CtyValue> out = new ArrayList<>();
        map.elements().forEach((key, element) ->
            out.add(block(inner, priorElements.getOrDefault(key, none), element)));
        yield NestedValues.rebuild(nested, config, out);
      }
      case CtyValue.SetVal set -> {
        List<CtyValue> priorElements = new ArrayList<>(
            prior instanceof CtyValue.SetVal p ? p.elements() : List.of());
        List<CtyValue> out = new ArrayList<>();
        for (CtyValue element : set.elements()) {
          CtyValue match = priorElements.stream()
              .filter(p -> withoutComputed(inner, p).equals(withoutComputed(inner, element)))
              .findFirst().orElse(none);
          priorElements.remove(match);
          out.add(block(inner, match, element));
        }
        yield NestedValues.rebuild(nested, config, out);
      }
      default -> block(inner, prior, config);
    };
  }

  /** A set element as the client compares it: computed attributes blanked. */
  private static CtyValue withoutComputed(Block block, CtyValue element) {
    if (!(element instanceof CtyValue.ObjectVal object)) {
      return element;
    }
    CtyValue.ObjectVal out = object;
    for (Attribute attribute : block.attributes()) {
      if (attribute.computed()) {
        out = out.with(attribute.name(), CtyValue.nullOf(attribute.type()));
      }
    }
    return out;
  }
}
