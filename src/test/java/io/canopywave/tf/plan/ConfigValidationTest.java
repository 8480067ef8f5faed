package io.canopywave.tf.plan;

import static io.canopywave.tf.plan.BlockValues.list;
import static io.canopywave.tf.plan.BlockValues.object;
import static io.canopywave.tf.plan.BlockValues.stringMap;
import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.cancel.Cancellation;
import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.schema.Diagnostic;
import io.canopywave.tf.schema.Diagnostics;
import io.canopywave.tf.schema.NestedBlock;
import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.schema.validators.Validators;
import io.canopywave.tf.spi.ClientCapabilities;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigValidationTest {
  private static final NestedBlock DISK = new NestedBlock("disk", Block.of("", List.of(
      Attribute.number("size").required().validator(Validators.integerBetween(1, 100)).build(),
      Attribute.string("kind").optional().validator(Validators.oneOf("hdd", "ssd")).build())),
      NestedBlock.Nesting.LIST, 1, 2);
  private static final NestedBlock TIMEOUTS = Timeouts.block(Map.of(
      Timeouts.Action.CREATE, Duration.ofMinutes(20)));
  private static final Block BLOCK = new Block(List.of(
      Attribute.string("name").required()
          .validator(Validators.nonEmpty()).validator(Validators.length(1, 8)).build(),
      Attribute.string("password").optional().sensitive().build(),
      Attribute.string("password_wo").optional().sensitive().writeOnly().build(),
      Attribute.string("token_wo").optional().sensitive().writeOnly().build(),
      Attribute.string("legacy").optional().deprecated("Use `name` instead.").build(),
      Attribute.builder("labels", CtyType.map(CtyType.STRING)).optional()
          .validator(Validators.eachMapValue(Validators.nonEmpty())).build()),
      List.of(DISK, TIMEOUTS), "");
  private static final Schema SCHEMA = new Schema(0, BLOCK);
  private static final CtyValue ONE_DISK = list(DISK, object(DISK.block(), "size", 10));

  /** A configuration and the diagnostics it must produce, as "severity path: summary". */
  record Case(String name, CtyValue config, boolean writeOnlyAllowed, List<String> expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static CtyValue config(Object... namesAndValues) {
    Object[] withDisk = new Object[namesAndValues.length + 2];
    withDisk[0] = "disk";
    withDisk[1] = ONE_DISK;
    System.arraycopy(namesAndValues, 0, withDisk, 2, namesAndValues.length);
    return object(BLOCK, withDisk);
  }

  static Stream<Case> cases() {
    CtyValue threeDisks = list(DISK, object(DISK.block(), "size", 1),
        object(DISK.block(), "size", 2), object(DISK.block(), "size", 3));
    return Stream.of(
        new Case("valid configuration", config("name", "web"), false, List.of()),
        new Case("empty name breaks two validators", config("name", ""), false,
            List.of("ERROR name: Empty value", "ERROR name: Invalid length")),
        new Case("unknown name is not validated", config("name",
            CtyValue.unknown(CtyType.STRING)), false, List.of()),
        new Case("validator inside a list block points at the element", config("name", "web",
            "disk", list(DISK, object(DISK.block(), "size", 10),
                object(DISK.block(), "size", 1000, "kind", "tape"))), false,
            List.of("ERROR disk[1].size: Value out of range",
                "ERROR disk[1].kind: Unsupported value")),
        new Case("map validator points at the key", config("name", "web",
            "labels", stringMap("env", "prod", "team", "")), false,
            List.of("ERROR labels[\"team\"]: Empty value")),
        new Case("too many list blocks", config("name", "web", "disk", threeDisks), false,
            List.of("ERROR disk: Too many `disk` blocks")),
        new Case("too few list blocks", config("name", "web", "disk", list(DISK)), false,
            List.of("ERROR disk: Too few `disk` blocks")),
        new Case("unknown list blocks are not counted", config("name", "web", "disk",
            CtyValue.unknown(CtyType.list(DISK.block().impliedType()))), false, List.of()),
        new Case("timeout that is not a duration", config("name", "web", "timeouts",
            object(TIMEOUTS.block(), "create", "ten minutes")), false,
            List.of("ERROR timeouts.create: Invalid duration")),
        new Case("write-only without the capability", config("name", "web",
            "password_wo", "s3cret"), false,
            List.of("ERROR password_wo: Write-only attribute not supported by this client")),
        new Case("write-only unknown without the capability is still refused", config("name",
            "web", "token_wo", CtyValue.unknown(CtyType.STRING)), false,
            List.of("ERROR token_wo: Write-only attribute not supported by this client")),
        new Case("write-only with the capability", config("name", "web",
            "password_wo", "s3cret"), true, List.of()),
        new Case("deprecated attribute warns", config("name", "web", "legacy", "x"), false,
            List.of("WARNING legacy: Deprecated attribute")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void validate_case_reportsExpectedDiagnostics(Case c) {
    List<Diagnostic> found = validate(c.config(), c.writeOnlyAllowed());

    assertThat(found).map(d -> d.severity() + " " + d.path() + ": " + d.summary())
        .containsExactlyInAnyOrderElementsOf(c.expected());
  }

  @Test
  void validate_writeOnlyWithSensitiveSibling_namesTheAlternativeAndTheVersions() {
    Diagnostic refusal = validate(config("name", "web", "password_wo", "s3cret"), false)
        .getFirst();

    assertThat(refusal.detail())
        .contains("OpenTofu 1.11+", "Terraform 1.11+", "sensitive attribute `password`")
        .doesNotContain("s3cret");
  }

  @Test
  void validate_writeOnlyWithoutSibling_suggestsUpgradeOrRemoval() {
    Diagnostic refusal = validate(config("name", "web", "token_wo", "t0ken"), false)
        .getFirst();

    assertThat(refusal.detail())
        .contains("remove `token_wo`", "OpenTofu 1.11+")
        .doesNotContain("t0ken");
  }

  @Test
  void validate_nullConfig_reportsNothing() {
    assertThat(validate(CtyValue.nullOf(SCHEMA.impliedType()), false)).isEmpty();
  }

  private static List<Diagnostic> validate(CtyValue config, boolean writeOnlyAllowed) {
    Diagnostics diagnostics = new Diagnostics();
    Operation op = new Operation(diagnostics,
        new ClientCapabilities(writeOnlyAllowed, false), new Cancellation());
    ConfigValidation.validate(SCHEMA, config, op);
    return diagnostics.list();
  }
}
