package io.canopywave.tf.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.schema.NestedBlock;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ResultRulesTest {
  private static final Block DISK = Block.of("", List.of(
      Attribute.number("size").required().build(),
      Attribute.string("secret").optional().writeOnly().build()));
  private static final Block OPTIONS = Block.of("", List.of(
      Attribute.string("token").optional().writeOnly().build()));
  private static final Block ROOT = new Block(
      List.of(
          Attribute.string("id").computed().build(),
          Attribute.string("password").optional().writeOnly().build(),
          Attribute.builder("tags", CtyType.map(CtyType.STRING)).optional().build(),
          Attribute.builder("labels", CtyType.set(CtyType.STRING)).optional().build()),
      List.of(
          new NestedBlock("disk", DISK, NestedBlock.Nesting.LIST, 0, 0),
          NestedBlock.single("options", OPTIONS)),
      "");
  private static final CtyType.ObjectOf DISK_TYPE = DISK.impliedType();

  private static CtyValue.ObjectVal disk(CtyValue size, CtyValue secret) {
    return CtyValue.object(DISK_TYPE, Map.of("size", size, "secret", secret));
  }

  private static CtyValue.ObjectVal root(CtyValue id, CtyValue password, CtyValue tags,
      CtyValue labels, CtyValue disks, CtyValue options) {
    return CtyValue.object(ROOT.impliedType(), Map.of("id", id, "password", password,
        "tags", tags, "labels", labels, "disk", disks, "options", options));
  }

  private static CtyValue tags(Map<String, CtyValue> elements) {
    return new CtyValue.MapVal(CtyType.STRING, new TreeMap<>(elements));
  }

  private static CtyValue labels(CtyValue... elements) {
    return new CtyValue.SetVal(CtyType.STRING, Set.of(elements));
  }

  private static CtyValue disks(CtyValue... elements) {
    return new CtyValue.ListVal(DISK_TYPE, List.of(elements));
  }

  private static CtyValue options(String token) {
    return CtyValue.object(OPTIONS.impliedType(), Map.of("token", CtyValue.stringOrNull(token)));
  }

  private static final CtyValue NULL_STRING = CtyValue.nullOf(CtyType.STRING);

  @Test
  void state_whollyKnownWithoutWriteOnlyValues_isUnchanged() {
    CtyValue value = root(CtyValue.string("i-1"), NULL_STRING,
        tags(Map.of("env", CtyValue.string("dev"))), labels(CtyValue.string("x")),
        disks(disk(CtyValue.number(10), NULL_STRING)), options(null));

    ResultRules.CleanState clean = ResultRules.state(ROOT, value);

    assertThat(clean.value()).isEqualTo(value);
    assertThat(clean.unknownPaths()).isEmpty();
  }

  @Test
  void state_unknownsAnywhere_becomeNullAndAreReportedByPath() {
    CtyValue value = root(CtyValue.unknown(CtyType.STRING), NULL_STRING,
        tags(Map.of("env", CtyValue.unknown(CtyType.STRING))),
        labels(CtyValue.unknown(CtyType.STRING)),
        disks(disk(CtyValue.number(1), NULL_STRING), disk(CtyValue.unknown(CtyType.NUMBER),
            NULL_STRING)),
        CtyValue.unknown(OPTIONS.impliedType()));

    ResultRules.CleanState clean = ResultRules.state(ROOT, value);

    assertThat(clean.value()).isEqualTo(root(NULL_STRING, NULL_STRING,
        tags(Map.of("env", NULL_STRING)), labels(NULL_STRING),
        disks(disk(CtyValue.number(1), NULL_STRING),
            disk(CtyValue.nullOf(CtyType.NUMBER), NULL_STRING)),
        CtyValue.nullOf(OPTIONS.impliedType())));
    assertThat(clean.value().isWhollyKnown()).isTrue();
    assertThat(clean.unknownPaths()).containsExactlyInAnyOrder(
        AttributePath.of("id"),
        AttributePath.of("tags").key("env"),
        AttributePath.of("labels"),
        AttributePath.of("disk").index(1).attribute("size"),
        AttributePath.of("options"));
  }

  @Test
  void state_writeOnlyValues_areNulledAtTopLevelAndInNestedBlocks() {
    CtyValue value = root(CtyValue.string("i-1"), CtyValue.string("hunter2"),
        CtyValue.nullOf(CtyType.map(CtyType.STRING)), CtyValue.nullOf(CtyType.set(CtyType.STRING)),
        disks(disk(CtyValue.number(10), CtyValue.string("s1"))), options("t0ken"));

    CtyValue clean = ResultRules.state(ROOT, value).value();

    assertThat(clean).isEqualTo(root(CtyValue.string("i-1"), NULL_STRING,
        CtyValue.nullOf(CtyType.map(CtyType.STRING)), CtyValue.nullOf(CtyType.set(CtyType.STRING)),
        disks(disk(CtyValue.number(10), NULL_STRING)), options(null)));
  }

  @Test
  void plan_unknownsStayButWriteOnlyValuesAreNulled() {
    CtyValue value = root(CtyValue.unknown(CtyType.STRING), CtyValue.string("hunter2"),
        CtyValue.nullOf(CtyType.map(CtyType.STRING)), CtyValue.nullOf(CtyType.set(CtyType.STRING)),
        disks(), options(null));

    CtyValue planned = ResultRules.plan(ROOT, value);

    assertThat(planned).isEqualTo(root(CtyValue.unknown(CtyType.STRING), NULL_STRING,
        CtyValue.nullOf(CtyType.map(CtyType.STRING)), CtyValue.nullOf(CtyType.set(CtyType.STRING)),
        disks(), options(null)));
  }

  @Test
  void state_nullObject_staysNull() {
    CtyValue gone = CtyValue.nullOf(ROOT.impliedType());

    assertThat(ResultRules.state(ROOT, gone).value()).isEqualTo(gone);
  }
}
