package io.canopywave.tf.value;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.canopywave.tf.testing.Property;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class TypeJsonTest {

  @Test
  void write_nestedTypes_givesCtysJsonForm() {
    CtyType type = CtyType.ObjectOf.of(Map.of(
        "name", CtyType.STRING,
        "ports", CtyType.list(CtyType.NUMBER),
        "tags", CtyType.map(CtyType.BOOL),
        "any", CtyType.set(CtyType.DYNAMIC),
        "pair", new CtyType.TupleOf(List.of(CtyType.STRING, CtyType.NUMBER))));

    assertThat(TypeJson.write(type)).isEqualTo(
        "[\"object\",{\"any\":[\"set\",\"dynamic\"],\"name\":\"string\","
            + "\"pair\":[\"tuple\",[\"string\",\"number\"]],\"ports\":[\"list\",\"number\"],"
            + "\"tags\":[\"map\",\"bool\"]}]");
  }

  @Test
  void write_attributeNameWithQuotesAndControlCharacters_isValidJsonThatKeepsTheName()
      throws Exception {
    String name = "a\"b\\c\nd\u0001é";
    CtyType type = CtyType.ObjectOf.of(Map.of(name, CtyType.STRING));

    var parsed = new ObjectMapper().readTree(TypeJson.write(type));

    assertThat(parsed.get(1).properties()).singleElement()
        .satisfies(entry -> assertThat(entry.getKey()).isEqualTo(name));
    assertThat(TypeJson.read(TypeJson.write(type))).isEqualTo(type);
  }

  @Test
  void write_emptyObjectAndTuple_giveEmptyContainers() {
    assertThat(TypeJson.write(CtyType.ObjectOf.of(Map.of()))).isEqualTo("[\"object\",{}]");
    assertThat(TypeJson.write(new CtyType.TupleOf(List.of()))).isEqualTo("[\"tuple\",[]]");
  }

  @TestFactory
  Stream<DynamicTest> write_anyType_readsBackAsTheSameType() {
    return Property.forAll(CtyGenerators.types(4, true)).tries(300).check(type ->
        assertThat(TypeJson.read(TypeJson.write(type))).isEqualTo(type));
  }
}
