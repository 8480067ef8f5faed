package io.canopywave.tf.protocol;

import com.google.protobuf.ByteString;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6;
import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.schema.NestedBlock;
import io.canopywave.tf.schema.Schema;
import java.nio.charset.StandardCharsets;

/** Converts the schema model into tfplugin6 schemas. Descriptions are always Markdown. */
final class SchemaConverter {
  private SchemaConverter() {}

  static Tfplugin6.Schema toProto(Schema schema) {
    return Tfplugin6.Schema.newBuilder()
        .setVersion(schema.version())
        .setBlock(toProto(schema.block()))
        .build();
  }

  static Tfplugin6.Schema.Block toProto(Block block) {
    Tfplugin6.Schema.Block.Builder out = Tfplugin6.Schema.Block.newBuilder()
        .setDescription(block.description())
        .setDescriptionKind(Tfplugin6.StringKind.MARKDOWN);
    block.attributes().forEach(a -> out.addAttributes(toProto(a)));
    block.blocks().forEach(b -> out.addBlockTypes(toProto(b)));
    return out.build();
  }

  static Tfplugin6.Schema.Attribute toProto(Attribute attribute) {
    Tfplugin6.Schema.Attribute.Builder out = Tfplugin6.Schema.Attribute.newBuilder()
        .setName(attribute.name())
        .setType(ByteString.copyFrom(attribute.type().toJson(), StandardCharsets.UTF_8))
        .setDescription(attribute.description())
        .setDescriptionKind(Tfplugin6.StringKind.MARKDOWN)
        .setRequired(attribute.required())
        .setOptional(attribute.optional())
        .setComputed(attribute.computed())
        .setSensitive(attribute.sensitive())
        .setWriteOnly(attribute.writeOnly());
    if (attribute.deprecation() != null) {
      out.setDeprecated(true).setDeprecationMessage(attribute.deprecation());
    }
    return out.build();
  }

  static Tfplugin6.Schema.NestedBlock toProto(NestedBlock nested) {
    return Tfplugin6.Schema.NestedBlock.newBuilder()
        .setTypeName(nested.typeName())
        .setBlock(toProto(nested.block()))
        .setNesting(switch (nested.nesting()) {
          case SINGLE -> Tfplugin6.Schema.NestedBlock.NestingMode.SINGLE;
          case LIST -> Tfplugin6.Schema.NestedBlock.NestingMode.LIST;
          case SET -> Tfplugin6.Schema.NestedBlock.NestingMode.SET;
          case MAP -> Tfplugin6.Schema.NestedBlock.NestingMode.MAP;
          case GROUP -> Tfplugin6.Schema.NestedBlock.NestingMode.GROUP;
        })
        .setMinItems(nested.minItems())
        .setMaxItems(nested.maxItems())
        .build();
  }
}
