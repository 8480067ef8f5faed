package io.canopywave.tf.plan;

import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.schema.NestedBlock;
import io.canopywave.tf.value.CtyValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds which configured element of a SET block a proposed element came from. Set elements
 * have no key, so the client builds each proposed element from a configured one, filling the
 * computed attributes the configuration leaves null; the match is therefore "equal wherever the
 * configuration says something".
 */
final class SetCorrelation {
  private static final AttributePath HERE = AttributePath.ROOT;

  private SetCorrelation() {}

  /** The first candidate {@code proposed} was built from, removed from {@code candidates}. */
  static Optional<CtyValue> takeSource(Block block, CtyValue proposed, List<CtyValue> candidates) {
    for (int i = 0; i < candidates.size(); i++) {
      if (builtFrom(block, candidates.get(i), proposed)) {
        return Optional.of(candidates.remove(i));
      }
    }
    return Optional.empty();
  }

  static boolean builtFrom(Block block, CtyValue config, CtyValue proposed) {
    if (!(config instanceof CtyValue.ObjectVal configObject)
        || !(proposed instanceof CtyValue.ObjectVal proposedObject)) {
      return config.equals(proposed);
    }
    for (Attribute attribute : block.attributes()) {
      CtyValue configured = configObject.get(attribute.name());
      CtyValue offered = proposedObject.get(attribute.name());
      boolean filledIn = configured.isNull() && (attribute.computed() || offered.isNull());
      if (!filledIn && !configured.equals(offered)) {
        return false;
      }
    }
    for (NestedBlock nested : block.blocks()) {
      if (!nestedBuiltFrom(nested, configObject.get(nested.typeName()),
          proposedObject.get(nested.typeName()))) {
        return false;
      }
    }
    return true;
  }

  private static boolean nestedBuiltFrom(NestedBlock nested, CtyValue config, CtyValue proposed) {
    Block inner = nested.block();
    return switch (nested.nesting()) {
      case SINGLE, GROUP -> builtFrom(inner, config, proposed);
      case LIST, MAP -> {
        // Paths carry the index or key, so equal paths mean the elements line up.
        List<NestedValues.Element> configured = NestedValues.elements(HERE, config);
        List<NestedValues.Element> offered = NestedValues.elements(HERE, proposed);
        boolean sameShape = configured.size() == offered.size()
            && (config.isKnown() == proposed.isKnown());
        for (int i = 0; sameShape && i < configured.size(); i++) {
          sameShape = configured.get(i).path().equals(offered.get(i).path())
              && builtFrom(inner, configured.get(i).value(), offered.get(i).value());
        }
        yield sameShape;
      }
      case SET -> {
        List<CtyValue> remaining = new ArrayList<>(NestedValues.objects(config));
        boolean allFound = config.isKnown() == proposed.isKnown();
        for (CtyValue offered : NestedValues.objects(proposed)) {
          allFound = allFound && takeSource(inner, offered, remaining).isPresent();
        }
        yield allFound && remaining.isEmpty();
      }
    };
  }
}
