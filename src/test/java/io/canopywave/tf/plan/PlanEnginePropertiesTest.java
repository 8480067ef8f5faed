package io.canopywave.tf.plan;

import static io.canopywave.tf.plan.BlockValues.object;
import static io.canopywave.tf.plan.MachineSchema.BLOCK;
import static io.canopywave.tf.plan.MachineSchema.DISK;
import static io.canopywave.tf.plan.MachineSchema.MOUNT;
import static io.canopywave.tf.plan.MachineSchema.RULE;
import static io.canopywave.tf.plan.MachineSchema.SCHEMA;
import static io.canopywave.tf.plan.MachineSchema.TIMEOUTS;
import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.testing.Gen;
import io.canopywave.tf.testing.Property;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The engine's promises over many configurations of the test machine: every plan passes the
 * client's checks and repeats exactly, and once a plan is applied the next plan is empty.
 */
class PlanEnginePropertiesTest {
  private static final CtyValue NONE = CtyValue.nullOf(SCHEMA.impliedType());

  /** The configuration of a create, then the one of the update that follows it. */
  record TwoConfigs(CtyValue first, CtyValue second) {}

  /** A configuration and a value for its in-place-only {@code note} argument. */
  record ConfigAndNote(CtyValue config, CtyValue note) {}

  @TestFactory
  Stream<DynamicTest> plan_createThenUpdate_alwaysValidAndRepeatable() {
    return Property.forAll(twoConfigs()).tries(300).check(configs -> {
      CtyValue prior = AppliedValues.apply(PlanEngineTest.plan(NONE,
          AppliedValues.knownConfig(configs.first())).planned());

      for (CtyValue[] step : new CtyValue[][] {
          {NONE, configs.first()}, {prior, configs.second()}}) {
        PlanResult result = PlanEngineTest.plan(step[0], step[1]);
        PlanRules.assertValidPlan(SCHEMA, step[0], step[1], result);
        assertThat(PlanEngineTest.plan(step[0], step[1])).isEqualTo(result);
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> plan_afterApply_isEmpty() {
    return Property.forAll(twoConfigs()).tries(300).check(configs -> {
      CtyValue known = AppliedValues.knownConfig(configs.second());
      CtyValue prior = AppliedValues.apply(PlanEngineTest.plan(NONE,
          AppliedValues.knownConfig(configs.first())).planned());
      CtyValue applied = AppliedValues.apply(PlanEngineTest.plan(prior, known).planned());

      PlanResult again = PlanEngineTest.plan(applied, known);

      assertThat(again.planned()).isEqualTo(applied);
      assertThat(again.requiresReplace()).isEmpty();
      assertThat(PlanRules.applyViolations(SCHEMA, PlanEngineTest.plan(prior, known).planned(),
          applied)).isEmpty();
    });
  }

  @TestFactory
  Stream<DynamicTest> plan_onlyInPlaceArgumentsDiffer_neverReplaces() {
    Gen<ConfigAndNote> cases = Gen.zip(configs(), notes(), ConfigAndNote::new);
    return Property.forAll(cases).tries(200).check(example -> {
      CtyValue known = AppliedValues.knownConfig(example.config());
      CtyValue prior = AppliedValues.apply(PlanEngineTest.plan(NONE, known).planned());

      PlanResult result = PlanEngineTest.plan(prior,
          BlockValues.with(known, "note", example.note()));

      assertThat(result.requiresReplace()).isEmpty();
    });
  }

  private static Gen<TwoConfigs> twoConfigs() {
    return Gen.zip(configs(), configs(), TwoConfigs::new);
  }

  private static Gen<CtyValue> notes() {
    return Gen.of(CtyValue.nullOf(CtyType.STRING), CtyValue.string(""),
        CtyValue.string("a"), CtyValue.unknown(CtyType.STRING));
  }

  private static Gen<CtyValue> configs() {
    Gen<CtyValue> name = orUnknown(Gen.of("web", "db").map(CtyValue::string), CtyType.STRING);
    Gen<CtyValue> note = notes();
    Gen<CtyValue> zone = nullable(Gen.of("z1", "z2").map(CtyValue::string), CtyType.STRING);
    Gen<CtyValue> monitoring = nullable(Gen.booleans().map(CtyValue::bool), CtyType.BOOL);
    Gen<CtyValue> secret = nullable(Gen.constant(CtyValue.string("s3cret")), CtyType.STRING);
    Gen<CtyValue> version = nullable(Gen.ints(1, 2).map(CtyValue::number), CtyType.NUMBER);
    Gen<CtyValue> labels = nullable(Gen.of("a", "b").list(2)
        .map(PlanEnginePropertiesTest::stringMap), CtyType.map(CtyType.STRING));
    Gen<CtyValue> blocks = blocks();
    return random -> BlockValues.with(blocks.next(random),
        "name", name.next(random),
        "note", note.next(random),
        "zone", zone.next(random),
        "monitoring", monitoring.next(random),
        "password_wo", secret.next(random),
        "password_wo_version", version.next(random),
        "labels", labels.next(random));
  }

  private static Gen<CtyValue> blocks() {
    Gen<CtyValue> disks = disk().list(3)
        .map(ds -> (CtyValue) new CtyValue.ListVal(DISK.block().impliedType(), ds));
    Gen<CtyValue> rules = Gen.of(22, 80, 443).set(2)
        .map(ports -> rules(new ArrayList<>(ports)));
    Gen<CtyValue> mounts = Gen.of("data", "logs").set(2)
        .map(keys -> mounts(new ArrayList<>(keys)));
    Gen<CtyValue> timeouts = nullable(Gen.of("30m", "1h").map(t ->
        object(TIMEOUTS.block(), "create", t)), TIMEOUTS.block().impliedType());
    return random -> object(BLOCK, "disk", disks.next(random), "rule", rules.next(random),
        "mount", mounts.next(random), "timeouts", timeouts.next(random));
  }

  private static Gen<CtyValue> disk() {
    Gen<CtyValue> size = orUnknown(Gen.of(10, 20).map(CtyValue::number), CtyType.NUMBER);
    Gen<CtyValue> kind = nullable(Gen.of("hdd", "ssd").map(CtyValue::string), CtyType.STRING);
    return Gen.zip(size, kind, (s, k) -> object(DISK.block(), "size", s, "kind", k));
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

  private static Gen<CtyValue> nullable(Gen<CtyValue> values, CtyType type) {
    return Gen.oneOf(values, Gen.constant(CtyValue.nullOf(type)));
  }

  private static Gen<CtyValue> orUnknown(Gen<CtyValue> values, CtyType type) {
    return Gen.frequency(
        Gen.weight(4, values),
        Gen.weight(1, Gen.constant(CtyValue.unknown(type))));
  }
}
