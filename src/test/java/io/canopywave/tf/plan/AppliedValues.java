package io.canopywave.tf.plan;

import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stands in for an apply in tests: every unknown becomes a known value of its type, each one
 * different (so set elements stay apart), in a fixed order so that runs repeat.
 */
public final class AppliedValues {
  private int next;

  private AppliedValues() {}

  /** What an apply could return for {@code planned}. */
  public static CtyValue apply(CtyValue planned) {
    return new AppliedValues().known(planned);
  }

  /** A configuration as it is at apply time, when what was unknown at plan time is known. */
  public static CtyValue knownConfig(CtyValue config) {
    return new AppliedValues().known(config);
  }

  private CtyValue known(CtyValue value) {
    return switch (value) {
      case CtyValue.Unknown u -> invent(u.type());
      case CtyValue.ListVal l ->
          new CtyValue.ListVal(l.elementType(), l.elements().stream().map(this::known).toList());
      case CtyValue.SetVal s -> new CtyValue.SetVal(s.elementType(),
          new LinkedHashSet<>(s.elements().stream().map(this::known).toList()));
      case CtyValue.MapVal m -> {
        Map<String, CtyValue> elements = new TreeMap<>();
        m.elements().forEach((key, element) -> elements.put(key, known(element)));
        yield new CtyValue.MapVal(m.elementType(), new TreeMap<>(elements));
      }
      case CtyValue.ObjectVal o -> {
        Map<String, CtyValue> attributes = new TreeMap<>();
        o.attributes().forEach((name, element) -> attributes.put(name, known(element)));
        yield CtyValue.object(o.type(), attributes);
      }
      default -> value;
    };
  }

  private CtyValue invent(CtyType type) {
    next++;
    return switch (type) {
      case CtyType.Primitive p when p == CtyType.STRING -> CtyValue.string("applied-" + next);
      case CtyType.Primitive p when p == CtyType.NUMBER -> CtyValue.number(next);
      case CtyType.Primitive p -> CtyValue.bool(next % 2 == 0);
      case CtyType.ListOf l -> new CtyValue.ListVal(l.element(), List.of());
      case CtyType.SetOf s -> new CtyValue.SetVal(s.element(), java.util.Set.of());
      case CtyType.MapOf m -> new CtyValue.MapVal(m.element(), new TreeMap<>());
      case CtyType.ObjectOf o -> {
        Map<String, CtyValue> attributes = new TreeMap<>();
        o.attributes().forEach((name, t) -> attributes.put(name, CtyValue.nullOf(t)));
        yield CtyValue.object(o, attributes);
      }
      default -> CtyValue.string("applied-" + next);
    };
  }
}
