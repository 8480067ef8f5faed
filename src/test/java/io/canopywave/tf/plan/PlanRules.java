package io.canopywave.tf.plan;

import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.schema.NestedBlock;
import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.spi.Resource;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The checks OpenTofu runs on a provider's answers, for tests of any resource: a planned state
 * that fails here would be refused as "Provider produced invalid plan", an applied state as
 * "Provider produced inconsistent result after apply".
 *
 * <p>One rule is stricter than the client: a configured value that is unknown must be planned
 * unknown (the client lets the prior value stand in, but then the plan made at apply time, with
 * the value known, would disagree).
 */
public final class PlanRules {
  private PlanRules() {}

  /**
   * Plans {@code config} over {@code prior} as OpenTofu does, with the proposed new state first,
   * and fails unless the plan is valid.
   */
  public static PlanResult checkedPlan(Resource resource, CtyValue prior, CtyValue config,
      Operation op) {
    CtyValue proposed = CoreProposal.proposedNew(resource.schema(), prior, config);
    PlanResult result = PlanEngine.plan(resource, prior, proposed, config, op);
    assertValidPlan(resource.schema(), prior, config, result);
    return result;
  }

  /** Fails with every broken rule listed when {@code result} is not a valid plan. */
  public static void assertValidPlan(Schema schema, CtyValue prior, CtyValue config,
      PlanResult result) {
    List<String> problems = new ArrayList<>(planViolations(schema, prior, config,
        result.planned()));
    problems.addAll(replaceViolations(prior, result));
    if (!problems.isEmpty()) {
      throw new AssertionError("invalid plan:\n  " + String.join("\n  ", problems)
          + "\nplanned: " + show(result.planned()));
    }
  }

  /** The rules a planned state breaks, each as "path: what is wrong"; empty when valid. */
  public static List<String> planViolations(Schema schema, CtyValue prior, CtyValue config,
      CtyValue planned) {
    List<String> problems = new ArrayList<>();
    conforms(AttributePath.ROOT, planned, schema.impliedType(), problems);
    if (!problems.isEmpty()) {
      return problems;
    }
    if (config.isNull() != planned.isNull()) {
      problems.add("(root): config is " + (config.isNull() ? "null" : "present")
          + " but the plan is " + (planned.isNull() ? "null" : "present"));
    } else if (!planned.isKnown()) {
      problems.add("(root): the planned object itself is unknown");
    } else if (!planned.isNull()) {
      object(schema.block(), AttributePath.ROOT, prior, config, planned, problems);
    }
    return problems;
  }

  /** Replace paths must be sorted, unique and resolve in the prior or the planned state. */
  public static List<String> replaceViolations(CtyValue prior, PlanResult result) {
    List<String> problems = new ArrayList<>();
    List<AttributePath> paths = result.requiresReplace();
    for (int i = 0; i < paths.size(); i++) {
      AttributePath path = paths.get(i);
      if (i > 0 && PathOrder.INSTANCE.compare(paths.get(i - 1), path) >= 0) {
        problems.add(path + ": replace paths are not sorted and unique");
      }
      if (resolve(prior, path).isEmpty() && resolve(result.planned(), path).isEmpty()) {
        problems.add(path + ": replace path resolves in neither prior nor planned state");
      }
    }
    return problems;
  }

  /**
   * The rules an applied state breaks against its plan: wholly known, write-only attributes
   * null, every known planned value kept, nothing appearing or vanishing.
   */
  public static List<String> applyViolations(Schema schema, CtyValue planned, CtyValue applied) {
    List<String> problems = new ArrayList<>();
    conforms(AttributePath.ROOT, applied, schema.impliedType(), problems);
    if (!problems.isEmpty()) {
      return problems;
    }
    if (!applied.isWhollyKnown()) {
      problems.add("(root): the applied state holds unknown values");
    }
    writeOnlyNull(schema.block(), AttributePath.ROOT, applied, problems);
    compatible(AttributePath.ROOT, planned, applied, problems);
    return problems;
  }

  private static void object(Block block, AttributePath path, CtyValue prior, CtyValue config,
      CtyValue planned, List<String> problems) {
    if (planned.isNull() != config.isNull()) {
      problems.add(path + ": planned for " + (planned.isNull() ? "absence" : "existence")
          + " but the configuration wants " + (config.isNull() ? "absence" : "existence"));
      return;
    }
    if (planned.isNull()) {
      return;
    }
    CtyType.ObjectOf type = block.impliedType();
    for (Attribute attribute : block.attributes()) {
      String name = attribute.name();
      attribute(attribute, path.attribute(name),
          NestedValues.field(prior, name, attribute.type()),
          NestedValues.field(config, name, attribute.type()),
          NestedValues.field(planned, name, attribute.type()), problems);
    }
    for (NestedBlock nested : block.blocks()) {
      String name = nested.typeName();
      nested(nested, path.attribute(name),
          NestedValues.field(prior, name, type.attribute(name)),
          NestedValues.field(config, name, type.attribute(name)),
          NestedValues.field(planned, name, type.attribute(name)), problems);
    }
  }

  private static void attribute(Attribute attribute, AttributePath path, CtyValue prior,
      CtyValue config, CtyValue planned, List<String> problems) {
    CtyValue plain = planned.withoutRefinements();
    if (attribute.writeOnly()) {
      if (!planned.isNull()) {
        problems.add(path + ": write-only attribute planned non-null");
      }
      return;
    }
    if (!config.isWhollyKnown() && !plain.equals(config.withoutRefinements())) {
      problems.add(path + ": configured unknown value not planned unknown");
      return;
    }
    boolean asConfigured = plain.equals(config.withoutRefinements());
    boolean keptPrior =
        plain.equals(prior.withoutRefinements()) && !prior.isNull() && !config.isNull();
    if (asConfigured || keptPrior || attribute.computedOnly()
        || (config.isNull() && attribute.computed())) {
      return;
    }
    String shown = attribute.sensitive() ? "(sensitive)" : show(planned);
    if (config.isNull()) {
      problems.add(path + ": planned value " + shown + " for a non-computed attribute");
    } else {
      problems.add(path + ": planned value " + shown + " does not match the configured value"
          + (prior.isNull() ? "" : " nor the prior value"));
    }
  }

  private static void nested(NestedBlock nested, AttributePath path, CtyValue prior,
      CtyValue config, CtyValue planned, List<String> problems) {
    if (planned.equalsIgnoringRefinements(config) || !config.isKnown()) {
      return;
    }
    if (!planned.isKnown()) {
      problems.add(path + ": a nested block value must not be unknown itself");
      return;
    }
    boolean collection = nested.nesting() == NestedBlock.Nesting.LIST
        || nested.nesting() == NestedBlock.Nesting.SET
        || nested.nesting() == NestedBlock.Nesting.MAP;
    if (collection && planned.isNull()) {
      problems.add(path + ": absent " + nested.nesting() + " blocks must be empty, not null");
      return;
    }
    Block inner = nested.block();
    CtyValue none = CtyValue.nullOf(inner.impliedType());
    CtyValue configured = NestedValues.nullAsAbsent(nested, config);
    switch (nested.nesting()) {
      case SINGLE, GROUP -> object(inner, path, prior, configured, planned, problems);
      case LIST -> {
        List<CtyValue> p = ((CtyValue.ListVal) planned).elements();
        List<CtyValue> c = ((CtyValue.ListVal) configured).elements();
        List<CtyValue> r = prior instanceof CtyValue.ListVal l ? l.elements() : List.of();
        if (p.size() != c.size()) {
          problems.add(path + ": " + p.size() + " blocks planned, " + c.size() + " configured");
          return;
        }
        for (int i = 0; i < p.size(); i++) {
          object(inner, path.index(i), i < r.size() ? r.get(i) : none, c.get(i), p.get(i),
              problems);
        }
      }
      case MAP -> {
        Map<String, CtyValue> p = ((CtyValue.MapVal) planned).elements();
        Map<String, CtyValue> c = ((CtyValue.MapVal) configured).elements();
        Map<String, CtyValue> r = prior instanceof CtyValue.MapVal m ? m.elements() : Map.of();
        if (!p.keySet().equals(c.keySet())) {
          problems.add(path + ": planned keys " + p.keySet() + ", configured " + c.keySet());
          return;
        }
        p.forEach((key, element) -> object(inner, path.key(key), r.getOrDefault(key, none),
            c.get(key), element, problems));
      }
      case SET -> ((CtyValue.SetVal) planned).elements().stream()
          .filter(e -> !e.isKnown())
          .findFirst()
          .ifPresent(e -> problems.add(path + ": a set block element must not be unknown"));
    }
  }

  private static void writeOnlyNull(Block block, AttributePath path, CtyValue value,
      List<String> problems) {
    if (!(value instanceof CtyValue.ObjectVal object)) {
      return;
    }
    block.attributes().stream()
        .filter(a -> a.writeOnly() && !object.get(a.name()).isNull())
        .forEach(a -> problems.add(path.attribute(a.name()) + ": write-only attribute stored"));
    for (NestedBlock nested : block.blocks()) {
      AttributePath nestedPath = path.attribute(nested.typeName());
      NestedValues.elements(nestedPath, object.get(nested.typeName())).forEach(
          e -> writeOnlyNull(nested.block(), e.path(), e.value(), problems));
    }
  }

  /** The client's compatibility rule between a planned value and the applied one. */
  private static void compatible(AttributePath path, CtyValue planned, CtyValue actual,
      List<String> problems) {
    if (!planned.isKnown()) {
      return;
    }
    if (planned.isNull() != actual.isNull()) {
      problems.add(path + ": planned " + (planned.isNull() ? "null" : "a value")
          + " but applied " + (actual.isNull() ? "null" : "a value"));
      return;
    }
    switch (planned) {
      case CtyValue.ObjectVal p when actual instanceof CtyValue.ObjectVal a ->
          p.attributes().forEach((name, value) ->
              compatible(path.attribute(name), value, a.get(name), problems));
      case CtyValue.ListVal p when actual instanceof CtyValue.ListVal a -> {
        if (p.elements().size() != a.elements().size()) {
          problems.add(path + ": planned " + p.elements().size() + " elements, applied "
              + a.elements().size());
          return;
        }
        for (int i = 0; i < p.elements().size(); i++) {
          compatible(path.index(i), p.elements().get(i), a.elements().get(i), problems);
        }
      }
      case CtyValue.MapVal p when actual instanceof CtyValue.MapVal a -> {
        if (!p.elements().keySet().equals(a.elements().keySet())) {
          problems.add(path + ": planned keys " + p.elements().keySet() + ", applied "
              + a.elements().keySet());
          return;
        }
        p.elements().forEach((key, value) ->
            compatible(path.key(key), value, a.elements().get(key), problems));
      }
      case CtyValue.SetVal p when actual instanceof CtyValue.SetVal a -> {
        boolean grew = a.elements().size() > p.elements().size();
        boolean lostKnown = p.elements().stream()
            .anyMatch(e -> e.isWhollyKnown() && !a.elements().contains(e));
        if (grew || lostKnown) {
          problems.add(path + ": the applied set does not match the planned one");
        }
      }
      default -> {
        if (!planned.equals(actual)) {
          problems.add(path + ": planned " + show(planned) + " but applied " + show(actual));
        }
      }
    }
  }

  private static void conforms(AttributePath path, CtyValue value, CtyType type,
      List<String> problems) {
    if (type == CtyType.DYNAMIC) {
      return;
    }
    boolean fits = switch (value) {
      case CtyValue.Null n -> n.type().equals(type);
      case CtyValue.Unknown u -> u.type().equals(type);
      case CtyValue.ListVal l -> type instanceof CtyType.ListOf t && elementsFit(path,
          l.elementType(), t.element(), l.elements(), problems);
      case CtyValue.SetVal s -> type instanceof CtyType.SetOf t && elementsFit(path,
          s.elementType(), t.element(), List.copyOf(s.elements()), problems);
      case CtyValue.MapVal m -> type instanceof CtyType.MapOf t && elementsFit(path,
          m.elementType(), t.element(), List.copyOf(m.elements().values()), problems);
      case CtyValue.ObjectVal o -> {
        boolean same = o.type().equals(type);
        if (same) {
          o.attributes().forEach((name, v) ->
              conforms(path.attribute(name), v, o.type().attribute(name), problems));
        }
        yield same;
      }
      default -> value.type().equals(type);
    };
    if (!fits) {
      problems.add((path.isRoot() ? "(root)" : path.toString()) + ": value of type "
          + value.type().toJson() + " where the schema wants " + type.toJson());
    }
  }

  private static boolean elementsFit(AttributePath path, CtyType declared, CtyType wanted,
      List<CtyValue> elements, List<String> problems) {
    elements.forEach(e -> conforms(path, e, wanted, problems));
    return declared.equals(wanted);
  }

  /**
   * A value as the client would print it, {@code "web"}, {@code 8}, {@code ["a"]}; unknowns
   * show as {@code (known after apply)}.
   */
  public static String show(CtyValue value) {
    return switch (value) {
      case CtyValue.Null n -> "null";
      case CtyValue.Unknown u -> "(known after apply)";
      case CtyValue.Str s -> '"' + s.value() + '"';
      case CtyValue.Num n -> n.value().toPlainString();
      case CtyValue.Bool b -> String.valueOf(b.value());
      case CtyValue.ListVal l -> shown(l.elements(), "[", "]");
      case CtyValue.SetVal s -> shown(List.copyOf(s.elements()), "[", "]");
      case CtyValue.TupleVal t -> shown(t.elements(), "[", "]");
      case CtyValue.MapVal m -> entries(m.elements());
      case CtyValue.ObjectVal o -> entries(o.attributes());
    };
  }

  private static String shown(List<CtyValue> elements, String open, String close) {
    return elements.stream().map(PlanRules::show)
        .collect(Collectors.joining(", ", open, close));
  }

  private static String entries(Map<String, CtyValue> entries) {
    return entries.entrySet().stream().map(e -> e.getKey() + " = " + show(e.getValue()))
        .collect(Collectors.joining(", ", "{", "}"));
  }

  /** Follows {@code path} like the client; unknown values resolve to unknown, nulls fail. */
  static Optional<CtyValue> resolve(CtyValue value, AttributePath path) {
    CtyValue current = value;
    for (AttributePath.Step step : path.steps()) {
      if (!current.isKnown()) {
        return Optional.of(current);
      }
      Optional<CtyValue> next = step(current, step);
      if (next.isEmpty()) {
        return next;
      }
      current = next.get();
    }
    return Optional.of(current);
  }

  private static Optional<CtyValue> step(CtyValue current, AttributePath.Step step) {
    return Optional.ofNullable(switch (step) {
      case AttributePath.Step.Attribute a when current instanceof CtyValue.ObjectVal o
          && o.type().attributes().containsKey(a.name()) -> o.get(a.name());
      case AttributePath.Step.MapKey k when current instanceof CtyValue.MapVal m ->
          m.elements().get(k.key());
      case AttributePath.Step.Index i when current instanceof CtyValue.ListVal l
          && i.index() < l.elements().size() -> l.elements().get((int) i.index());
      default -> null;
    });
  }
}
