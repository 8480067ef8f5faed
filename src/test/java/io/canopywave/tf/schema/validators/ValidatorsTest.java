package io.canopywave.tf.schema.validators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Diagnostic;
import io.canopywave.tf.schema.Diagnostics;
import io.canopywave.tf.schema.Validator;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ValidatorsTest {
  private static final AttributePath PATH = AttributePath.of("thing");

  /** A validator, a value and the detail it must give, or null when the value is fine. */
  record Case(String name, Validator validator, CtyValue value, String detail) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    Validator name = Validators.matches("[a-z][a-z0-9-]*", "must start with a lowercase letter"
        + " and hold only lowercase letters, digits and `-`");
    return Stream.of(
        new Case("non-empty accepts text", Validators.nonEmpty(), str("a"), null),
        new Case("non-empty refuses the empty string", Validators.nonEmpty(), str(""),
            "`thing` must not be empty: give a value or leave it out."),
        new Case("required non-empty does not suggest leaving it out",
            Validators.requiredNonEmpty(), str(""),
            "`thing` must not be empty: give a value (it is required)."),
        new Case("length within range", Validators.length(2, 4), str("abc"), null),
        new Case("length counts characters, not bytes", Validators.length(1, 2),
            str("\u00e9\u00e9"), null),
        new Case("length too long", Validators.length(2, 4), str("abcde"),
            "`thing` must be from 2 to 4 characters long; it has 5."),
        new Case("length exact", Validators.length(3, 3), str("ab"),
            "`thing` must be 3 characters long; it has 2."),
        new Case("pattern matches", name, str("web-1"), null),
        new Case("pattern must match the whole string", name, str("web_1"),
            "`thing` must start with a lowercase letter and hold only lowercase letters, digits"
                + " and `-`."),
        new Case("one-of accepts a choice", Validators.oneOf("hdd", "ssd"), str("ssd"), null),
        new Case("one-of is case-sensitive and lists the choices",
            Validators.oneOf("hdd", "ssd"), str("SSD"), "`thing` must be one of `hdd`, `ssd`."),
        new Case("integer in range", Validators.integerBetween(1, 10), num("10"), null),
        new Case("integer below range", Validators.integerBetween(1, 10), num("0"),
            "`thing` must be a whole number from 1 to 10."),
        new Case("integer must be whole", Validators.integerBetween(1, 10), num("2.5"),
            "`thing` must be a whole number from 1 to 10."),
        new Case("integer written with a zero fraction is whole",
            Validators.integerBetween(1, 10), num("2.000"), null),
        new Case("at least: a large whole number passes", Validators.wholeNumberAtLeast(1),
            num("123456789012"), null),
        new Case("at least: zero is refused without naming an upper limit",
            Validators.wholeNumberAtLeast(1), num("0"),
            "`thing` must be a whole number of at least 1."),
        new Case("at least: a fraction is refused", Validators.wholeNumberAtLeast(1),
            num("1.5"), "`thing` must be a whole number of at least 1."),
        new Case("duration accepted", Validators.positiveDuration(), str("1h30m"), null),
        new Case("duration malformed", Validators.positiveDuration(), str("90 minutes"),
            "`thing` must be " + GoDuration.SYNTAX_HINT + "."),
        new Case("duration zero refused when positive", Validators.positiveDuration(),
            str("0s"), "`thing` must be longer than zero, for example `30s` or `10m`."),
        new Case("any duration accepts negative", GoDurationString.any(), str("-5m"), null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void validate_case_givesExpectedDetail(Case c) {
    List<Diagnostic> found = run(c.validator(), c.value());

    if (c.detail() == null) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found).singleElement().satisfies(d -> {
        assertThat(d.isError()).isTrue();
        assertThat(d.path()).isEqualTo(PATH);
        assertThat(d.detail()).isEqualTo(c.detail());
      });
    }
  }

  @Test
  void eachMapValue_badValues_pointAtTheirKeysAndSkipUnknowns() {
    TreeMap<String, CtyValue> elements = new TreeMap<>();
    elements.put("a", str(""));
    elements.put("b", str("fine"));
    elements.put("c", CtyValue.unknown(CtyType.STRING));
    elements.put("d", CtyValue.nullOf(CtyType.STRING));
    elements.put("e", str(""));

    List<Diagnostic> found = run(Validators.eachMapValue(Validators.nonEmpty()),
        new CtyValue.MapVal(CtyType.STRING, elements));

    assertThat(found).map(d -> d.path().toString())
        .containsExactly("thing[\"a\"]", "thing[\"e\"]");
  }

  @Test
  void validate_wrongValueType_isASchemaMistake() {
    assertThatThrownBy(() -> run(Validators.nonEmpty(), num("1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("thing");
  }

  @Test
  void description_oneOf_listsChoicesForTheDocs() {
    assertThat(Validators.oneOf("hdd", "ssd").description()).isEqualTo("One of `hdd`, `ssd`.");
    assertThat(Validators.eachMapValue(Validators.nonEmpty()).description())
        .isEqualTo("Each value: Must not be empty.");
  }

  private static List<Diagnostic> run(Validator validator, CtyValue value) {
    Diagnostics diagnostics = new Diagnostics();
    validator.validate(value, PATH, diagnostics);
    return diagnostics.list();
  }

  private static CtyValue str(String text) {
    return CtyValue.string(text);
  }

  private static CtyValue num(String text) {
    return CtyValue.number(new BigDecimal(text));
  }
}
