package io.canopywave.tf.plan;

import static io.canopywave.tf.plan.BlockValues.list;
import static io.canopywave.tf.plan.BlockValues.map;
import static io.canopywave.tf.plan.BlockValues.object;
import static io.canopywave.tf.plan.BlockValues.set;
import static io.canopywave.tf.plan.BlockValues.stringMap;
import static io.canopywave.tf.plan.BlockValues.stringSet;
import static io.canopywave.tf.plan.BlockValues.with;
import static io.canopywave.tf.plan.MachineSchema.BLOCK;
import static io.canopywave.tf.plan.MachineSchema.DISK;
import static io.canopywave.tf.plan.MachineSchema.MOUNT;
import static io.canopywave.tf.plan.MachineSchema.RESOURCE;
import static io.canopywave.tf.plan.MachineSchema.RULE;
import static io.canopywave.tf.plan.MachineSchema.SCHEMA;
import static io.canopywave.tf.plan.MachineSchema.TIMEOUTS;
import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.cancel.Cancellation;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Diagnostics;
import io.canopywave.tf.spi.ClientCapabilities;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlanEngineTest {
  private static final CtyValue UNKNOWN_STRING = CtyValue.unknown(CtyType.STRING);
  private static final CtyValue NULL_STRING = CtyValue.nullOf(CtyType.STRING);

  private static CtyValue disk(Object... namesAndValues) {
    return object(DISK.block(), namesAndValues);
  }

  private static CtyValue rule(Object... namesAndValues) {
    return object(RULE.block(), namesAndValues);
  }

  private static CtyValue mount(Object... namesAndValues) {
    return object(MOUNT.block(), namesAndValues);
  }

  /** A converged object: what the state holds after an apply of {@link #CONFIG}. */
  static final CtyValue PRIOR = object(BLOCK,
      "id", "m-1", "name", "web", "status", "running", "zone", "z1", "monitoring", false,
      "disk", list(DISK, disk("size", 10, "kind", "hdd", "disk_id", "d-1")),
      "rule", set(RULE, rule("port", 22, "rule_id", "r-1")),
      "mount", map(MOUNT, "data", mount("path", "/data", "mount_id", "mt-1")));

  static final CtyValue CONFIG = object(BLOCK,
      "name", "web",
      "disk", list(DISK, disk("size", 10)),
      "rule", set(RULE, rule("port", 22)),
      "mount", map(MOUNT, "data", mount("path", "/data")));

  private static final CtyValue NONE = CtyValue.nullOf(SCHEMA.impliedType());

  /** One planning situation with what must come out of it. */
  record Case(String name, CtyValue prior, CtyValue config, Map<String, CtyValue> planned,
      List<String> replace) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Expectations as alternating paths and values; the path "" means the whole object. */
  private static Map<String, CtyValue> expect(Object... pathsAndValues) {
    Map<String, CtyValue> expected = new LinkedHashMap<>();
    for (int i = 0; i < pathsAndValues.length; i += 2) {
      expected.put((String) pathsAndValues[i], BlockValues.value(pathsAndValues[i + 1]));
    }
    return expected;
  }

  static Stream<Case> cases() {
    CtyValue twoDisks = list(DISK, disk("size", 10, "kind", "hdd", "disk_id", "d-1"),
        disk("size", 20, "kind", "hdd", "disk_id", "d-2"));
    CtyValue withTimeouts = with(PRIOR, "timeouts", object(TIMEOUTS.block(), "create", "30m"));
    return Stream.of(
        new Case("create: computed unknown, defaults set, absent blocks empty or null", NONE,
            object(BLOCK, "name", "web"),
            expect("id", UNKNOWN_STRING, "status", UNKNOWN_STRING, "zone", UNKNOWN_STRING,
                "monitoring", false, "note", NULL_STRING, "name", "web",
                "disk", list(DISK), "rule", set(RULE), "mount", map(MOUNT),
                "timeouts", CtyValue.nullOf(TIMEOUTS.block().impliedType())),
            List.of()),
        new Case("create: nested block gets its default and unknown computed values", NONE,
            object(BLOCK, "name", "web", "disk", list(DISK, disk("size", 10))),
            expect("disk[0].size", 10, "disk[0].kind", "hdd", "disk[0].disk_id", UNKNOWN_STRING),
            List.of()),
        new Case("create half of a replace: prior null, so even the id is unknown", NONE,
            with(CONFIG, "name", "db"),
            expect("id", UNKNOWN_STRING, "name", "db", "disk[0].disk_id", UNKNOWN_STRING),
            List.of()),
        new Case("no-op: the plan is the prior state exactly", PRIOR, CONFIG,
            expect("", PRIOR), List.of()),
        new Case("no-op: a set configured in another order", with(PRIOR, "tags",
            stringSet("a", "b")), with(CONFIG, "tags", stringSet("b", "a")),
            expect("", with(PRIOR, "tags", stringSet("a", "b"))), List.of()),
        new Case("in-place change: id kept, other computed values unknown", PRIOR,
            with(CONFIG, "note", "hello"),
            expect("note", "hello", "id", "m-1", "status", UNKNOWN_STRING,
                "zone", UNKNOWN_STRING, "disk[0].disk_id", UNKNOWN_STRING,
                "disk[0].kind", "hdd", "mount[\"data\"].mount_id", UNKNOWN_STRING),
            List.of()),
        new Case("replace: force-new name changed; keepPriorWhenUnknown id kept", PRIOR,
            with(CONFIG, "name", "db"),
            expect("name", "db", "id", "m-1", "status", UNKNOWN_STRING), List.of("name")),
        new Case("replace: configured force-new zone changed", PRIOR,
            with(CONFIG, "zone", "z2"), expect("zone", "z2"), List.of("zone")),
        new Case("unknown config on a force-new attribute stays unknown and replaces", PRIOR,
            with(CONFIG, "name", UNKNOWN_STRING), expect("name", UNKNOWN_STRING),
            List.of("name")),
        new Case("unknown config on an in-place attribute stays unknown", PRIOR,
            with(CONFIG, "note", UNKNOWN_STRING),
            expect("note", UNKNOWN_STRING, "status", UNKNOWN_STRING), List.of()),
        new Case("empty string after null is a change", PRIOR, with(CONFIG, "note", ""),
            expect("note", "", "status", UNKNOWN_STRING), List.of()),
        new Case("null after empty string is a change", with(PRIOR, "note", ""), CONFIG,
            expect("note", NULL_STRING, "status", UNKNOWN_STRING), List.of()),
        new Case("empty map after null is a change", PRIOR, with(CONFIG, "labels", stringMap()),
            expect("labels", stringMap(), "status", UNKNOWN_STRING), List.of()),
        new Case("null after empty map is a change", with(PRIOR, "labels", stringMap()), CONFIG,
            expect("labels", CtyValue.nullOf(CtyType.map(CtyType.STRING))), List.of()),
        new Case("empty set after null is a change", PRIOR, with(CONFIG, "tags", stringSet()),
            expect("tags", stringSet(), "status", UNKNOWN_STRING), List.of()),
        new Case("map value changed in place", with(PRIOR, "labels", stringMap("env", "a")),
            with(CONFIG, "labels", stringMap("env", "b")),
            expect("labels", stringMap("env", "b")), List.of()),
        new Case("default replaces a value the configuration dropped",
            with(PRIOR, "monitoring", true), CONFIG,
            expect("monitoring", false, "status", UNKNOWN_STRING), List.of()),
        new Case("configured value wins over the default", PRIOR,
            with(CONFIG, "monitoring", true), expect("monitoring", true), List.of()),
        new Case("timeouts added: an update without unknown values", PRIOR,
            with(CONFIG, "timeouts", object(TIMEOUTS.block(), "create", "30m")),
            expect("timeouts.create", "30m", "timeouts.delete", NULL_STRING,
                "status", "running", "id", "m-1", "disk[0].disk_id", "d-1"),
            List.of()),
        new Case("timeouts removed: back to absent, computed values known", withTimeouts,
            CONFIG, expect("", PRIOR), List.of()),
        new Case("write-only value is planned null and changes nothing", PRIOR,
            with(CONFIG, "password_wo", "s3cret"),
            expect("", PRIOR, "password_wo", NULL_STRING), List.of()),
        new Case("write-only version bump replaces", PRIOR,
            with(CONFIG, "password_wo", "s3cret", "password_wo_version", 2),
            expect("password_wo", NULL_STRING, "password_wo_version", 2),
            List.of("password_wo_version")),
        new Case("sensitive attribute changes in place", PRIOR,
            with(CONFIG, "password", "hunter2"), expect("password", "hunter2"), List.of()),
        new Case("list block element added: new element planned, its force-new path listed",
            PRIOR, with(CONFIG, "disk", list(DISK, disk("size", 10), disk("size", 20))),
            expect("disk[1].size", 20, "disk[1].kind", "hdd", "disk[1].disk_id", UNKNOWN_STRING,
                "disk[0].disk_id", UNKNOWN_STRING), List.of("disk[1].size")),
        new Case("list block element removed: the removed force-new path listed",
            with(PRIOR, "disk", twoDisks), CONFIG, expect("disk[0].size", 10),
            List.of("disk[1].size")),
        new Case("list block attribute changed in place", PRIOR,
            with(CONFIG, "disk", list(DISK, disk("size", 10, "kind", "ssd"))),
            expect("disk[0].kind", "ssd", "disk[0].disk_id", UNKNOWN_STRING), List.of()),
        new Case("set block element changed: the set is the replace path", PRIOR,
            with(CONFIG, "rule", set(RULE, rule("port", 443))),
            expect("rule", set(RULE, rule("port", 443, "rule_id", UNKNOWN_STRING))),
            List.of("rule")),
        new Case("set block element added: old one keeps its place, new one unknown id", PRIOR,
            with(CONFIG, "rule", set(RULE, rule("port", 22), rule("port", 80))),
            expect("rule", set(RULE, rule("port", 22, "rule_id", UNKNOWN_STRING),
                rule("port", 80, "rule_id", UNKNOWN_STRING))),
            List.of("rule")),
        new Case("map block key added in place", PRIOR, with(CONFIG, "mount", map(MOUNT,
            "data", mount("path", "/data"), "logs", mount("path", "/logs"))),
            expect("mount[\"logs\"].path", "/logs", "mount[\"logs\"].mount_id", UNKNOWN_STRING,
                "mount[\"data\"].mount_id", UNKNOWN_STRING), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void plan_case_producesExpectedValidDeterministicPlan(Case c) {
    PlanResult result = plan(c.prior(), c.config());

    c.planned().forEach((path, expected) ->
        assertThat(PlanRules.resolve(result.planned(), TestPaths.parse(path)))
            .as("planned %s", path.isEmpty() ? "object" : path)
            .contains(expected));
    assertThat(result.requiresReplace()).map(AttributePath::toString)
        .containsExactlyElementsOf(c.replace());
    PlanRules.assertValidPlan(SCHEMA, c.prior(), c.config(), result);
    assertThat(plan(c.prior(), c.config())).as("planned again").isEqualTo(result);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void plan_afterApplyingThePlan_showsNoChanges(Case c) {
    CtyValue config = AppliedValues.knownConfig(c.config());
    CtyValue applied = AppliedValues.apply(plan(c.prior(), config).planned());

    PlanResult again = plan(applied, config);

    assertThat(again.planned()).isEqualTo(applied);
    assertThat(again.requiresReplace()).isEmpty();
  }

  static PlanResult plan(CtyValue prior, CtyValue config) {
    return PlanEngine.plan(RESOURCE, prior, CoreProposal.proposedNew(SCHEMA, prior, config),
        config, operation(new Diagnostics()));
  }

  static Operation operation(Diagnostics diagnostics) {
    return new Operation(diagnostics, new ClientCapabilities(true, false), new Cancellation());
  }
}
