package io.canopywave.tf.plan;

import static io.canopywave.tf.plan.BlockValues.object;
import static io.canopywave.tf.plan.MachineSchema.BLOCK;
import static io.canopywave.tf.plan.MachineSchema.DISK;
import static io.canopywave.tf.plan.MachineSchema.MOUNT;
import static io.canopywave.tf.plan.MachineSchema.RULE;
import static io.canopywave.tf.plan.MachineSchema.SCHEMA;
import static io.canopywave.tf.plan.MachineSchema.TIMEOUTS;
import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The engine's promises over many configurations of the test machine: every plan passes the
 * client's checks and repeats exactly, and once a plan is applied the next plan is empty.
 */
class PlanEnginePropertiesTest {
  private static final CtyValue NONE = CtyValue.nullOf(SCHEMA.impliedType());

  @Property(tries = 300)
  void plan_createThenUpdate_alwaysValidAndRepeatable(@ForAll("configs") CtyValue first,
      @ForAll("configs") CtyValue second) {
    CtyValue prior = AppliedValues.apply(PlanEngineTest.plan(NONE,
        AppliedValues.knownConfig(first)).planned());

    for (CtyValue[] step : new CtyValue[][] {{NONE, first}, {prior, second}}) {
      PlanResult result = PlanEngineTest.plan(step[0], step[1]);
      PlanRules.assertValidPlan(SCHEMA, step[0], step[1], result);
      assertThat(PlanEngineTest.plan(step[0], step[1])).isEqualTo(result);
    }
  }

  @Property(tries = 300)
  void plan_afterApply_isEmpty(@ForAll("configs") CtyValue first,
      @ForAll("configs") CtyValue second) {
    CtyValue known = AppliedValues.knownConfig(second);
    CtyValue prior = AppliedValues.apply(PlanEngineTest.plan(NONE,
        AppliedValues.knownConfig(first)).planned());
    CtyValue applied = AppliedValues.apply(PlanEngineTest.plan(prior, known).planned());

    PlanResult again = PlanEngineTest.plan(applied, known);

    assertThat(again.planned()).isEqualTo(applied);
    assertThat(again.requiresReplace()).isEmpty();
    assertThat(PlanRules.applyViolations(SCHEMA, PlanEngineTest.plan(prior, known).planned(),
        applied)).isEmpty();
  }

  @Property(tries = 200)
  void plan_onlyInPlaceArgumentsDiffer_neverReplaces(@ForAll("configs") CtyValue config,
      @ForAll("notes") CtyValue note) {
    CtyValue known = AppliedValues.knownConfig(config);
    CtyValue prior = AppliedValues.apply(PlanEngineTest.plan(NONE, known).planned());

    PlanResult result = PlanEngineTest.plan(prior, BlockValues.with(known, "note", note));

    assertThat(result.requiresReplace()).isEmpty();
  }

  @Provide
  Arbitrary<CtyValue> notes() {
    return Arbitraries.of(CtyValue.nullOf(CtyType.STRING), CtyValue.string(""),
        CtyValue.string("a"), CtyValue.unknown(CtyType.STRING));
  }

  @Provide
  Arbitrary<CtyValue> configs() {
    Arbitrary<CtyValue> name = orUnknown(Arbitraries.of("web", "db").map(CtyValue::string),
        CtyType.STRING);
    Arbitrary<CtyValue> zone = nullable(Arbitraries.of("z1", "z2").map(CtyValue::string),
        CtyType.STRING);
    Arbitrary<CtyValue> monitoring = nullable(Arbitraries.of(true, false).map(CtyValue::bool),
        CtyType.BOOL);
    Arbitrary<CtyValue> secret = nullable(Arbitraries.just(CtyValue.string("s3cret")),
        CtyType.STRING);
    Arbitrary<CtyValue> version = nullable(Arbitraries.integers().between(1, 2)
        .map(CtyValue::number), CtyType.NUMBER);
    Arbitrary<CtyValue> labels = nullable(Arbitraries.of("a", "b").list().ofMaxSize(2)
        .map(keys -> stringMap(keys)), CtyType.map(CtyType.STRING));
    Arbitrary<CtyValue> disks = disk().list().ofMaxSize(3)
        .map(ds -> (CtyValue) new CtyValue.ListVal(DISK.block().impliedType(), ds));
    Arbitrary<CtyValue> rules = Arbitraries.of(22, 80, 443).set().ofMaxSize(2)
        .map(ports -> rules(new ArrayList<>(ports)));
    Arbitrary<CtyValue> mounts = Arbitraries.of("data", "logs").set().ofMaxSize(2)
        .map(keys -> mounts(new ArrayList<>(keys)));
    Arbitrary<CtyValue> timeouts = nullable(Arbitraries.of("30m", "1h").map(t ->
        object(TIMEOUTS.block(), "create", t)), TIMEOUTS.block().impliedType());
    Arbitrary<CtyValue> blocks = Combinators.combine(disks, rules, mounts, timeouts)
        .as((d, r, m, t) -> object(BLOCK, "disk", d, "rule", r, "mount", m, "timeouts", t));
    return Combinators.combine(name, notes(), zone, monitoring, secret, version, labels, blocks)
        .as((n, note, z, mon, s, v, l, b) -> BlockValues.with(b, "name", n, "note", note,
            "zone", z, "monitoring", mon, "password_wo", s, "password_wo_version", v,
            "labels", l));
  }

  private static Arbitrary<CtyValue> disk() {
    Arbitrary<CtyValue> size = orUnknown(Arbitraries.of(10, 20).map(CtyValue::number),
        CtyType.NUMBER);
    Arbitrary<CtyValue> kind = nullable(Arbitraries.of("hdd", "ssd").map(CtyValue::string),
        CtyType.STRING);
    return Combinators.combine(size, kind)
        .as((s, k) -> object(DISK.block(), "size", s, "kind", k));
  }

  private static CtyValue rules(List<Integer> ports) {
    LinkedHashSet<CtyValue> elements = new LinkedHashSet<>();
    ports.forEach(p -> elements.add(object(RULE.block(), "port", p)));
    return new CtyValue.SetVal(RULE.block().impliedType(), elements);
  }

  private static CtyValue mounts(List<String> keys) {
    Map<String, CtyValue> elements = new TreeMap<>();
    keys.forEach(k -> elements.put(k, object(MOUNT.block(), "path", "/" + k)));
    return new CtyValue.MapVal(MOUNT.block().impliedType(), new TreeMap<>(elements));
  }

  private static CtyValue stringMap(List<String> keys) {
    Map<String, CtyValue> elements = new TreeMap<>();
    keys.forEach(k -> elements.put(k, CtyValue.string("v-" + k)));
    return new CtyValue.MapVal(CtyType.STRING, new TreeMap<>(elements));
  }

  private static Arbitrary<CtyValue> nullable(Arbitrary<CtyValue> values, CtyType type) {
    return Arbitraries.oneOf(values, Arbitraries.just(CtyValue.nullOf(type)));
  }

  private static Arbitrary<CtyValue> orUnknown(Arbitrary<CtyValue> values, CtyType type) {
    return Arbitraries.frequencyOf(
        Tuple.of(4, values),
        Tuple.of(1, Arbitraries.just(CtyValue.unknown(type))));
  }
}
