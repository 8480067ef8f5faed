package io.canopywave.tf.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.plan.Timeouts;
import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.schema.NestedBlock;
import io.canopywave.tf.schema.validators.Validators;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaReferenceTest {

  @Test
  void bullet_requiredForceNewWithValidator_showsFlagsThenDescriptionThenConstraint() {
    Attribute name = Attribute.string("name").required().forceNew()
        .validator(Validators.nonEmpty()).description("The name.").build();

    assertThat(SchemaReference.bullet(name)).isEqualTo(
        "- `name` (String, Required, Forces replacement) The name. Must not be empty.");
  }

  @Test
  void bullet_optionalComputedWithDefault_showsTheDefaultAsALiteral() {
    Attribute type = Attribute.string("type").optional().computed()
        .defaultValue(CtyValue.string("hdd")).description("The type.").build();
    Attribute flag = Attribute.bool("is_monitoring").optional().computed()
        .defaultValue(CtyValue.bool(false)).build();

    assertThat(SchemaReference.bullet(type))
        .isEqualTo("- `type` (String, Optional) The type. Default: `\"hdd\"`.");
    assertThat(SchemaReference.bullet(flag))
        .isEqualTo("- `is_monitoring` (Boolean, Optional) Default: `false`.");
  }

  @Test
  void bullet_writeOnlySensitiveDeprecated_namesEveryFlag() {
    Attribute password = Attribute.string("password_wo").optional().sensitive().writeOnly()
        .deprecated("Use `secret`.").description("Sent once.").build();

    assertThat(SchemaReference.bullet(password)).isEqualTo(
        "- `password_wo` (String, Optional, Sensitive, Write-only, Deprecated) Sent once."
            + " **Deprecated:** Use `secret`.");
  }

  @Test
  void bullet_listOfObjects_listsTheElementFields() {
    CtyType.ObjectOf element = CtyType.ObjectOf.of(Map.of(
        "flavor", CtyType.STRING, "gpus", CtyType.NUMBER,
        "images", CtyType.list(CtyType.STRING)));
    Attribute types = Attribute.builder("types", CtyType.list(element)).computed()
        .description("The types.").build();

    assertThat(SchemaReference.bullet(types)).isEqualTo("""
        - `types` (List of Object) The types. Each element has:
          - `flavor` (String)
          - `gpus` (Number)
          - `images` (List of String)""");
  }

  @Test
  void bullet_listOfObjectsWhoseDescriptionNamesSomeFields_listsOnlyTheOthers() {
    CtyType.ObjectOf element = CtyType.ObjectOf.of(Map.of(
        "flavor", CtyType.STRING, "gpus", CtyType.NUMBER));
    Attribute described = Attribute.builder("types", CtyType.list(element)).computed()
        .description("The types:\n\n- `flavor` (String): the code.").build();
    Attribute complete = Attribute.builder("types", CtyType.list(element)).computed()
        .description("Each has `flavor` and `gpus`.").build();

    assertThat(SchemaReference.bullet(described)).isEqualTo("""
        - `types` (List of Object) The types:

          - `flavor` (String): the code.

          Also in each element:
          - `gpus` (Number)""");
    assertThat(SchemaReference.bullet(complete))
        .isEqualTo("- `types` (List of Object) Each has `flavor` and `gpus`.");
  }

  @Test
  void bullet_multiParagraphDescription_indentsLaterLinesIntoTheItem() {
    Attribute id = Attribute.string("id").computed().description("First.\n\nSecond.").build();

    assertThat(SchemaReference.bullet(id)).isEqualTo("- `id` (String) First.\n\n  Second.");
  }

  @Test
  void arguments_mixedAttributes_requiredFirstThenOptionalEachByNameAndNoComputedOnes() {
    Block block = Block.of("", List.of(
        Attribute.string("zeta").optional().build(),
        Attribute.string("id").computed().build(),
        Attribute.string("beta").required().build(),
        Attribute.string("alpha").optional().build(),
        Attribute.string("gamma").required().build()));

    assertThat(SchemaReference.arguments(block).lines().map(l -> l.split("`")[1]))
        .containsExactly("beta", "gamma", "alpha", "zeta");
    assertThat(SchemaReference.computedAttributes(block)).isEqualTo("- `id` (String)");
  }

  @Test
  void nestedBlocks_timeoutsAndAnotherBlock_leaveTimeoutsToTheirOwnSection() {
    NestedBlock network = new NestedBlock("network", Block.of("A network.", List.of(
        Attribute.string("cidr").required().build(),
        Attribute.string("gateway").computed().build())), NestedBlock.Nesting.LIST, 1, 2);
    Block block = new Block(List.of(), List.of(
        Timeouts.block(Map.of(Timeouts.Action.CREATE, Duration.ofMinutes(30))), network), "");

    assertThat(SchemaReference.nestedBlocks(block)).containsExactly(network);
    assertThat(SchemaReference.timeouts(block)).isPresent();
    assertThat(SchemaReference.arguments(block)).isEqualTo("- `network` (Block List, Required,"
        + " at most 2) Described in the `network` block section below.");
    assertThat(SchemaReference.blockSection(network, "###")).isEqualTo("""
        ### `network` block

        A network.

        - `cidr` (String, Required)

        Read-only:

        - `gateway` (String)

        """);
  }
}
