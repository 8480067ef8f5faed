package io.canopywave.tf.plan;

import static io.canopywave.tf.plan.BlockValues.list;
import static io.canopywave.tf.plan.BlockValues.object;
import static io.canopywave.tf.plan.BlockValues.set;
import static io.canopywave.tf.plan.MachineSchema.BLOCK;
import static io.canopywave.tf.plan.MachineSchema.DISK;
import static io.canopywave.tf.plan.MachineSchema.RULE;
import static io.canopywave.tf.plan.MachineSchema.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.canopywave.tf.schema.Diagnostic;
import io.canopywave.tf.schema.Diagnostics;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.spi.Resource;
import io.canopywave.tf.spi.StateUpgradingResource;
import io.canopywave.tf.value.CtyValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateUpgradeTest {
  private static final CtyValue NONE = CtyValue.nullOf(SCHEMA.impliedType());

  /** Version 0 called the name {@code hostname}; the upgrader renames it. */
  static final class RenamingMachine implements StateUpgradingResource, PlanningOnlyMachine {
    final List<Long> versionsSeen = new ArrayList<>();
    final boolean fail;

    RenamingMachine(boolean fail) {
      this.fail = fail;
    }

    @Override
    public ObjectNode upgradeState(long fromVersion, ObjectNode attributes, Operation op) {
      versionsSeen.add(fromVersion);
      if (fail) {
        op.diagnostics().error("Upgrade failed", "the test upgrader refuses");
        return null;
      }
      attributes.set("name", attributes.remove("hostname"));
      return attributes;
    }
  }

  @Test
  void upgrade_currentVersion_dropsUnknownKeysAndFillsMissingOnes() {
    Diagnostics diagnostics = new Diagnostics();
    String json = """
        {"id": "m-1", "name": "web", "status": "running", "removed_long_ago": true,
         "password_wo": "s3cret",
         "disk": [{"size": 10, "kind": "hdd", "disk_id": "d-1", "iops": 300}],
         "rule": [{"port": 22, "rule_id": "r-1"}]}
        """;

    CtyValue upgraded = upgrade(MachineSchema.RESOURCE, 1, json, diagnostics);

    assertThat(diagnostics.list()).isEmpty();
    assertThat(upgraded).isEqualTo(object(BLOCK, "id", "m-1", "name", "web",
        "status", "running",
        "disk", list(DISK, object(DISK.block(), "size", 10, "kind", "hdd", "disk_id", "d-1")),
        "rule", set(RULE, object(RULE.block(), "port", 22, "rule_id", "r-1"))));
    assertThat(upgraded.isWhollyKnown()).isTrue();
  }

  @Test
  void upgrade_blocksMissingOrNull_comeOutAbsentNotNull() {
    CtyValue upgraded = upgrade(MachineSchema.RESOURCE, 1,
        "{\"name\": \"web\", \"disk\": null}", new Diagnostics());

    assertThat(upgraded).isEqualTo(object(BLOCK, "name", "web"));
    assertThat(PlanRules.applyViolations(SCHEMA, upgraded, upgraded)).isEmpty();
  }

  @Test
  void upgrade_newerVersion_refusedWithNullState() {
    Diagnostics diagnostics = new Diagnostics();

    CtyValue upgraded = upgrade(MachineSchema.RESOURCE, 2, "{\"name\": \"web\"}", diagnostics);

    assertThat(upgraded).isEqualTo(NONE);
    assertThat(diagnostics.list()).singleElement().satisfies(d -> {
      assertThat(d.summary()).isEqualTo("State written by a newer provider");
      assertThat(d.detail()).contains("`test_machine`", "schema version 2", "up to 1");
    });
  }

  @Test
  void upgrade_olderVersionWithoutUpgrader_refused() {
    Diagnostics diagnostics = new Diagnostics();

    CtyValue upgraded = upgrade(MachineSchema.RESOURCE, 0, "{\"name\": \"web\"}", diagnostics);

    assertThat(upgraded).isEqualTo(NONE);
    assertThat(diagnostics.list()).map(Diagnostic::summary)
        .containsExactly("Cannot upgrade stored state");
  }

  @Test
  void upgrade_olderVersion_upgraderRewritesThenLenientDecode() {
    RenamingMachine machine = new RenamingMachine(false);
    Diagnostics diagnostics = new Diagnostics();

    CtyValue upgraded = upgrade(machine, 0,
        "{\"id\": \"m-1\", \"hostname\": \"web\", \"password_wo\": \"s3cret\"}", diagnostics);

    assertThat(diagnostics.list()).isEmpty();
    assertThat(machine.versionsSeen).containsExactly(0L);
    assertThat(upgraded).isEqualTo(object(BLOCK, "id", "m-1", "name", "web"));
  }

  @Test
  void upgrade_currentVersion_upgraderNotCalled() {
    RenamingMachine machine = new RenamingMachine(false);

    upgrade(machine, 1, "{\"name\": \"web\"}", new Diagnostics());

    assertThat(machine.versionsSeen).isEmpty();
  }

  @Test
  void upgrade_upgraderFails_nullStateAndItsError() {
    Diagnostics diagnostics = new Diagnostics();

    CtyValue upgraded = upgrade(new RenamingMachine(true), 0, "{\"hostname\": \"web\"}",
        diagnostics);

    assertThat(upgraded).isEqualTo(NONE);
    assertThat(diagnostics.list()).map(Diagnostic::summary).containsExactly("Upgrade failed");
  }

  @Test
  void upgrade_valueOfWrongShape_errorNamesPathNotValue() {
    Diagnostics diagnostics = new Diagnostics();

    CtyValue upgraded = upgrade(MachineSchema.RESOURCE, 1,
        "{\"name\": \"web\", \"disk\": \"hunter2\"}", diagnostics);

    assertThat(upgraded).isEqualTo(NONE);
    assertThat(diagnostics.list()).singleElement().satisfies(d -> {
      assertThat(d.summary()).isEqualTo("Unreadable stored state");
      assertThat(d.detail()).contains(".disk").doesNotContain("hunter2");
    });
  }

  @Test
  void upgrade_malformedJsonForUpgrader_errorWithoutContent() {
    Diagnostics diagnostics = new Diagnostics();

    CtyValue upgraded = upgrade(new RenamingMachine(false), 0, "{\"hostname\": hunter2}",
        diagnostics);

    assertThat(upgraded).isEqualTo(NONE);
    assertThat(diagnostics.list()).singleElement()
        .satisfies(d -> assertThat(d.detail()).doesNotContain("hunter2"));
  }

  @Test
  void upgrade_emptyState_nullWithoutError() {
    Diagnostics diagnostics = new Diagnostics();

    assertThat(upgrade(MachineSchema.RESOURCE, 1, "", diagnostics)).isEqualTo(NONE);
    assertThat(diagnostics.list()).isEmpty();
  }

  private static CtyValue upgrade(Resource resource, long version,
      String json, Diagnostics diagnostics) {
    return StateUpgrade.upgrade(resource, version, json.getBytes(StandardCharsets.UTF_8),
        PlanEngineTest.operation(diagnostics));
  }
}
