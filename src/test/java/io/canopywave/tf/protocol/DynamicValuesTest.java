package io.canopywave.tf.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DynamicValuesTest {
  private static final CtyType.ObjectOf TYPE = CtyType.ObjectOf.of(
      Map.of("name", CtyType.STRING, "size", CtyType.NUMBER));
  private static final CtyValue VALUE = CtyValue.object(TYPE,
      Map.of("name", CtyValue.string("a"), "size", CtyValue.number(3)));

  @Test
  void encode_writesMsgpackOnly() {
    Tfplugin6.DynamicValue encoded = DynamicValues.encode(VALUE, TYPE);

    assertThat(encoded.getJson().isEmpty()).isTrue();
    // fixmap of 2, keys in name order: "name" -> "a", "size" -> 3
    assertThat(encoded.getMsgpack().toByteArray()).containsExactly(
        0x82, 0xa4, 'n', 'a', 'm', 'e', 0xa1, 'a', 0xa4, 's', 'i', 'z', 'e', 0x03);
  }

  @Test
  void decode_msgpack_returnsTheValue() {
    Tfplugin6.DynamicValue encoded = DynamicValues.encode(VALUE, TYPE);

    assertThat(DynamicValues.decode(true, encoded, TYPE)).isEqualTo(VALUE);
  }

  @Test
  void decode_unknownInMsgpack_staysUnknown() {
    CtyValue partly = CtyValue.object(TYPE,
        Map.of("name", CtyValue.string("a"), "size", CtyValue.unknown(CtyType.NUMBER)));

    assertThat(DynamicValues.decode(true, DynamicValues.encode(partly, TYPE), TYPE))
        .isEqualTo(partly);
  }

  @Test
  void decode_jsonWhenMsgpackIsEmpty_returnsTheValue() {
    Tfplugin6.DynamicValue json = Tfplugin6.DynamicValue.newBuilder()
        .setJson(ByteString.copyFrom("{\"name\":\"a\",\"size\":3}", StandardCharsets.UTF_8))
        .build();

    assertThat(DynamicValues.decode(true, json, TYPE)).isEqualTo(VALUE);
  }

  @Test
  void decode_msgpackWins_whenBothAreSet() {
    Tfplugin6.DynamicValue both = DynamicValues.encode(VALUE, TYPE).toBuilder()
        .setJson(ByteString.copyFromUtf8("{\"name\":\"other\",\"size\":9}"))
        .build();

    assertThat(DynamicValues.decode(true, both, TYPE)).isEqualTo(VALUE);
  }

  @Test
  void decode_emptyOrAbsent_isNullOfTheType() {
    assertThat(DynamicValues.decode(true, Tfplugin6.DynamicValue.getDefaultInstance(), TYPE))
        .isEqualTo(CtyValue.nullOf(TYPE));
    assertThat(DynamicValues.decode(false, Tfplugin6.DynamicValue.getDefaultInstance(), TYPE))
        .isEqualTo(CtyValue.nullOf(TYPE));
  }

  @Test
  void encode_null_isMsgpackNil() {
    assertThat(DynamicValues.encode(CtyValue.nullOf(TYPE), TYPE).getMsgpack().toByteArray())
        .containsExactly(0xc0);
  }
}
