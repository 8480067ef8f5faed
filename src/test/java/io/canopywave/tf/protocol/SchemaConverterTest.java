package io.canopywave.tf.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.protocol.tfplugin6.Tfplugin6;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6.Schema.NestedBlock.NestingMode;
import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.schema.NestedBlock;
import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class SchemaConverterTest {

  @Test
  void toProto_schema_keepsVersionAndBlockDescriptionAsMarkdown() {
    Schema schema = new Schema(3, Block.of("A *block*.", List.of(
        Attribute.string("name").required().build())));

    Tfplugin6.Schema proto = SchemaConverter.toProto(schema);

    assertThat(proto.getVersion()).isEqualTo(3);
    assertThat(proto.getBlock().getDescription()).isEqualTo("A *block*.");
    assertThat(proto.getBlock().getDescriptionKind()).isEqualTo(Tfplugin6.StringKind.MARKDOWN);
    assertThat(proto.getBlock().getAttributesList()).extracting(a -> a.getName())
        .containsExactly("name");
  }

  @Test
  void toProto_requiredAttribute_setsOnlyRequired() {
    Tfplugin6.Schema.Attribute proto =
        SchemaConverter.toProto(Attribute.string("name").required().description("Name.").build());

    assertThat(proto.getRequired()).isTrue();
    assertThat(proto.getOptional()).isFalse();
    assertThat(proto.getComputed()).isFalse();
    assertThat(proto.getSensitive()).isFalse();
    assertThat(proto.getWriteOnly()).isFalse();
    assertThat(proto.getDeprecated()).isFalse();
    assertThat(proto.getDescription()).isEqualTo("Name.");
    assertThat(proto.getDescriptionKind()).isEqualTo(Tfplugin6.StringKind.MARKDOWN);
    assertThat(proto.hasNestedType()).isFalse();
  }

  @Test
  void toProto_optionalComputedSensitive_setsEachFlag() {
    Tfplugin6.Schema.Attribute proto = SchemaConverter.toProto(
        Attribute.string("token").optional().computed().sensitive().build());

    assertThat(proto.getRequired()).isFalse();
    assertThat(proto.getOptional()).isTrue();
    assertThat(proto.getComputed()).isTrue();
    assertThat(proto.getSensitive()).isTrue();
  }

  @Test
  void toProto_writeOnlyAttribute_setsWriteOnly() {
    Tfplugin6.Schema.Attribute proto =
        SchemaConverter.toProto(Attribute.string("password").optional().writeOnly().build());

    assertThat(proto.getWriteOnly()).isTrue();
    assertThat(proto.getComputed()).isFalse();
  }

  @Test
  void toProto_deprecatedAttribute_setsFlagAndMessage() {
    Tfplugin6.Schema.Attribute proto = SchemaConverter.toProto(
        Attribute.string("old").optional().deprecated("Use `new` instead.").build());

    assertThat(proto.getDeprecated()).isTrue();
    assertThat(proto.getDeprecationMessage()).isEqualTo("Use `new` instead.");
  }

  @Test
  void toProto_forceNewAndDefault_doNotLeakIntoTheWireSchema() {
    Tfplugin6.Schema.Attribute proto = SchemaConverter.toProto(
        Attribute.string("zone").optional().computed().forceNew()
            .defaultValue(CtyValue.string("a")).build());

    assertThat(proto).isEqualTo(Tfplugin6.Schema.Attribute.newBuilder()
        .setName("zone")
        .setType(com.google.protobuf.ByteString.copyFromUtf8("\"string\""))
        .setDescriptionKind(Tfplugin6.StringKind.MARKDOWN)
        .setOptional(true)
        .setComputed(true)
        .build());
  }

  @Test
  void toProto_attributeTypes_areTypeConstraintJsonBytes() {
    Map<CtyType, String> cases = Map.of(
        CtyType.STRING, "\"string\"",
        CtyType.NUMBER, "\"number\"",
        CtyType.BOOL, "\"bool\"",
        CtyType.DYNAMIC, "\"dynamic\"",
        CtyType.list(CtyType.STRING), "[\"list\",\"string\"]",
        CtyType.set(CtyType.NUMBER), "[\"set\",\"number\"]",
        CtyType.map(CtyType.BOOL), "[\"map\",\"bool\"]",
        CtyType.ObjectOf.of(Map.of("a", CtyType.STRING)), "[\"object\",{\"a\":\"string\"}]");

    cases.forEach((type, json) -> {
      Tfplugin6.Schema.Attribute proto =
          SchemaConverter.toProto(Attribute.builder("a", type).optional().build());
      assertThat(proto.getType().toString(StandardCharsets.UTF_8)).as(json).isEqualTo(json);
    });
  }

  @ParameterizedTest
  @EnumSource(NestedBlock.Nesting.class)
  void toProto_nestedBlock_mapsEveryNestingMode(NestedBlock.Nesting nesting) {
    Block inner = Block.of("Inner.", List.of(Attribute.string("create").optional().build()));
    NestedBlock nested = new NestedBlock("timeouts", inner, nesting, 1, 2);

    Tfplugin6.Schema.NestedBlock proto = SchemaConverter.toProto(nested);

    assertThat(proto.getTypeName()).isEqualTo("timeouts");
    assertThat(proto.getNesting().name()).isEqualTo(nesting.name());
    assertThat(proto.getNesting()).isNotEqualTo(NestingMode.INVALID);
    assertThat(proto.getMinItems()).isEqualTo(1);
    assertThat(proto.getMaxItems()).isEqualTo(2);
    assertThat(proto.getBlock().getDescription()).isEqualTo("Inner.");
    assertThat(proto.getBlock().getAttributes(0).getName()).isEqualTo("create");
  }

  @Test
  void toProto_blocksNestedTwice_keepTheirStructure() {
    Block deepest = Block.of("", List.of(Attribute.number("size").required().build()));
    Block middle = new Block(List.of(Attribute.string("label").optional().build()),
        List.of(new NestedBlock("disk", deepest, NestedBlock.Nesting.LIST, 0, 4)), "");
    Block top = new Block(List.of(),
        List.of(new NestedBlock("node", middle, NestedBlock.Nesting.SET, 0, 0)), "");

    Tfplugin6.Schema.Block proto = SchemaConverter.toProto(top);

    Tfplugin6.Schema.NestedBlock node = proto.getBlockTypes(0);
    assertThat(node.getNesting()).isEqualTo(NestingMode.SET);
    Tfplugin6.Schema.NestedBlock disk = node.getBlock().getBlockTypes(0);
    assertThat(disk.getTypeName()).isEqualTo("disk");
    assertThat(disk.getNesting()).isEqualTo(NestingMode.LIST);
    assertThat(disk.getMaxItems()).isEqualTo(4);
    assertThat(disk.getBlock().getAttributes(0).getName()).isEqualTo("size");
    assertThat(disk.getBlock().getAttributes(0).getRequired()).isTrue();
  }
}
