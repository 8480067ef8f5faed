package io.canopywave.tf.plan;

import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.schema.NestedBlock;
import io.canopywave.tf.value.CtyValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One walk over a proposed new state, block by block: defaults for null optional+computed
 * attributes, write-only attributes nulled and, when {@code markUnknown}, computed values the
 * configuration leaves null turned unknown. The first walk (without marking) also finds out
 * whether anything differs from the prior state.
 *
 * <p>Every computed attribute whose configuration is null already holds its prior value in the
 * proposed state (the client copies it there), so "keep the prior value" means "keep the
 * proposed one", and such attributes never count as a change.
 */
final class BlockPlanner {
  private final boolean markUnknown;
  private boolean changed;

  BlockPlanner(boolean markUnknown) {
    this.markUnknown = markUnknown;
  }

  /** Whether any walked value differs from the prior state (first walk only). */
  boolean changed() {
    return changed;
  }

  CtyValue block(Block block, CtyValue prior, CtyValue proposed, CtyValue config) {
    if (!(proposed instanceof CtyValue.ObjectVal object)) {
      // An unknown block (a dynamic block over an unknown collection) is the configuration's.
      changed |= !proposed.equals(prior);
      return proposed;
    }
    Map<String, CtyValue> planned = new TreeMap<>();
    for (Attribute attribute : block.attributes()) {
      String name = attribute.name();
      planned.put(name, attribute(attribute,
          NestedValues.field(prior, name, attribute.type()),
          object.get(name),
          NestedValues.field(config, name, attribute.type())));
    }
    for (NestedBlock nested : block.blocks()) {
      String name = nested.typeName();
      planned.put(name, nested(nested,
          NestedValues.field(prior, name, object.type().attribute(name)),
          object.get(name),
          NestedValues.field(config, name, object.type().attribute(name))));
    }
    return CtyValue.object(object.type(), planned);
  }

  private CtyValue attribute(Attribute attribute, CtyValue prior, CtyValue proposed,
      CtyValue config) {
    if (attribute.writeOnly()) {
      // Only the configuration ever holds it; plan and state must not.
      return CtyValue.nullOf(attribute.type());
    }
    boolean leftToProvider = config.isNull() && attribute.computed();
    if (leftToProvider && attribute.defaultValue() != null) {
      changed |= !attribute.defaultValue().equals(prior);
      return attribute.defaultValue();
    }
    if (leftToProvider) {
      boolean keepPrior = attribute.keepPriorWhenUnknown() && !proposed.isNull();
      return markUnknown && !keepPrior ? CtyValue.unknown(attribute.type()) : proposed;
    }
    changed |= !proposed.equals(prior);
    return proposed;
  }

  private CtyValue nested(NestedBlock nested, CtyValue prior, CtyValue proposed,
      CtyValue config) {
    boolean changedBefore = changed;
    CtyValue planned = plannedNested(nested, NestedValues.nullAsAbsent(nested, prior),
        NestedValues.nullAsAbsent(nested, proposed), config);
    if (nested.typeName().equals(Timeouts.BLOCK_NAME)) {
      // How long the provider waits changes nothing remote: computed values stay known.
      changed = changedBefore;
    }
    return planned;
  }

  private CtyValue plannedNested(NestedBlock nested, CtyValue prior, CtyValue proposed,
      CtyValue config) {
    Block inner = nested.block();
    if (!proposed.isKnown()) {
      return block(inner, prior, proposed, config);
    }
    return switch (nested.nesting()) {
      case SINGLE, GROUP -> {
        changed |= prior.isNull() != proposed.isNull();
        yield block(inner, prior, proposed, config);
      }
      case LIST -> list(nested, (CtyValue.ListVal) proposed, prior, config);
      case MAP -> map(nested, (CtyValue.MapVal) proposed, prior, config);
      case SET -> set(nested, (CtyValue.SetVal) proposed, prior, config);
    };
  }

  private CtyValue list(NestedBlock nested, CtyValue.ListVal proposed, CtyValue prior,
      CtyValue config) {
    List<CtyValue> priorElements = prior instanceof CtyValue.ListVal l ? l.elements() : List.of();
    List<CtyValue> configElements =
        config instanceof CtyValue.ListVal l ? l.elements() : proposed.elements();
    changed |= priorElements.size() != proposed.elements().size();
    List<CtyValue> planned = new ArrayList<>();
    for (int i = 0; i < proposed.elements().size(); i++) {
      CtyValue element = proposed.elements().get(i);
      planned.add(block(nested.block(),
          i < priorElements.size() ? priorElements.get(i) : CtyValue.nullOf(element.type()),
          element,
          i < configElements.size() ? configElements.get(i) : element));
    }
    return NestedValues.rebuild(nested, proposed, planned);
  }

  private CtyValue map(NestedBlock nested, CtyValue.MapVal proposed, CtyValue prior,
      CtyValue config) {
    Map<String, CtyValue> priorElements =
        prior instanceof CtyValue.MapVal m ? m.elements() : Map.of();
    Map<String, CtyValue> configElements =
        config instanceof CtyValue.MapVal m ? m.elements() : proposed.elements();
    changed |= !priorElements.keySet().equals(proposed.elements().keySet());
    List<CtyValue> planned = new ArrayList<>();
    proposed.elements().forEach((key, element) -> planned.add(block(nested.block(),
        priorElements.getOrDefault(key, CtyValue.nullOf(element.type())),
        element,
        configElements.getOrDefault(key, element))));
    return NestedValues.rebuild(nested, proposed, planned);
  }

  /**
   * Set elements have no identity to pair them with prior ones, so the set as a whole is
   * compared with the prior set; each element is planned against the configured element it was
   * built from (or itself, which changes nothing, if none matches).
   */
  private CtyValue set(NestedBlock nested, CtyValue.SetVal proposed, CtyValue prior,
      CtyValue config) {
    List<CtyValue> unmatched = new ArrayList<>(
        config instanceof CtyValue.SetVal s ? s.elements() : List.of());
    boolean changedBefore = changed;
    List<CtyValue> planned = new ArrayList<>();
    for (CtyValue element : proposed.elements()) {
      CtyValue source = SetCorrelation.takeSource(nested.block(), element, unmatched)
          .orElse(element);
      planned.add(block(nested.block(), CtyValue.nullOf(element.type()), element, source));
    }
    CtyValue result = NestedValues.rebuild(nested, proposed, planned);
    changed = changedBefore || !result.equals(prior);
    return result;
  }
}
