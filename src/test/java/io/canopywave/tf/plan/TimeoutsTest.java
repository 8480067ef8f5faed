package io.canopywave.tf.plan;

import static io.canopywave.tf.plan.BlockValues.object;
import static io.canopywave.tf.plan.BlockValues.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.schema.NestedBlock;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimeoutsTest {
  private static final NestedBlock TIMEOUTS = Timeouts.block(Map.of(
      Timeouts.Action.DELETE, Duration.ofMinutes(10),
      Timeouts.Action.CREATE, Duration.ofMinutes(90)));
  private static final Block RESOURCE = new Block(
      List.of(Attribute.string("name").required().build()), List.of(TIMEOUTS), "");
  private static final Duration FALLBACK = Duration.ofSeconds(7);

  @Test
  void block_declaredActions_singleBlockOfOptionalValidatedStrings() {
    assertThat(TIMEOUTS.typeName()).isEqualTo("timeouts");
    assertThat(TIMEOUTS.nesting()).isEqualTo(NestedBlock.Nesting.SINGLE);
    assertThat(TIMEOUTS.block().attributes()).map(Attribute::name)
        .containsExactly("create", "delete");
    assertThat(TIMEOUTS.block().attributes()).allSatisfy(a -> {
      assertThat(a.type()).isEqualTo(CtyType.STRING);
      assertThat(a.optional() && !a.computed() && !a.required()).isTrue();
      assertThat(a.validators()).isNotEmpty();
    });
  }

  @Test
  void block_description_listsTheDefaults() {
    assertThat(TIMEOUTS.block().description())
        .contains("Defaults: `create` `1h30m`, `delete` `10m`.");
    assertThat(TIMEOUTS.block().attribute("delete").orElseThrow().description())
        .contains("(default `10m`)");
  }

  @Test
  void of_configuredValues_readAsDurationsOthersFallBack() {
    CtyValue state = object(RESOURCE, "name", "a",
        "timeouts", object(TIMEOUTS.block(), "create", "1h30m"));

    Timeouts timeouts = Timeouts.of(state);

    assertThat(timeouts.create(FALLBACK)).isEqualTo(Duration.ofMinutes(90));
    assertThat(timeouts.delete(FALLBACK)).isEqualTo(FALLBACK);
    assertThat(timeouts.update(FALLBACK)).as("not declared").isEqualTo(FALLBACK);
  }

  @Test
  void of_blockAbsent_everythingFallsBack() {
    Timeouts timeouts = Timeouts.of(object(RESOURCE, "name", "a"));

    assertThat(timeouts.create(FALLBACK)).isEqualTo(FALLBACK);
    assertThat(timeouts.delete(FALLBACK)).isEqualTo(FALLBACK);
  }

  @Test
  void of_unknownOrUnparsableValues_fallBack() {
    CtyValue unknown = object(RESOURCE, "name", "a", "timeouts", object(TIMEOUTS.block(),
        "create", CtyValue.unknown(CtyType.STRING), "delete", "soon"));

    Timeouts timeouts = Timeouts.of(unknown);

    assertThat(timeouts.create(FALLBACK)).isEqualTo(FALLBACK);
    assertThat(timeouts.delete(FALLBACK)).isEqualTo(FALLBACK);
  }

  @Test
  void of_resourceWithoutTimeoutsOrNullState_fallsBack() {
    Block plain = Block.of("", List.of(Attribute.string("name").required().build()));

    assertThat(Timeouts.of(object(plain, "name", "a")).create(FALLBACK)).isEqualTo(FALLBACK);
    assertThat(Timeouts.of(CtyValue.nullOf(RESOURCE.impliedType())).delete(FALLBACK))
        .isEqualTo(FALLBACK);
  }

  @Test
  void of_plannedStateAfterChange_readsTheNewValue() {
    CtyValue before = object(RESOURCE, "name", "a",
        "timeouts", object(TIMEOUTS.block(), "delete", "5m"));
    CtyValue after = with(before, "timeouts", object(TIMEOUTS.block(), "delete", "45s"));

    assertThat(Timeouts.of(after).delete(FALLBACK)).isEqualTo(Duration.ofSeconds(45));
  }
}
