package io.canopywave.tf.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.schema.Diagnostic;
import io.canopywave.tf.schema.Diagnostics;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImportIdTest {

  @ParameterizedTest(name = "{0} -> {1} / {2} / {3}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "bob@example.com/sequoia/8c3e2b   | bob@example.com | sequoia | 8c3e2b  | -     | -",
      "team.one@corp.io/kawaii/my-key   | team.one@corp.io| kawaii  | my-key  | -     | -",
      "a/b/c                            | a               | b       | c       | dp    | dr",
      "8c3e2b                           | dp              | dr      | 8c3e2b  | dp    | dr",
      "my key                           | dp              | dr      | my key  | dp    | dr",
  })
  void parse_acceptedForm_givesItsParts(String raw, String project, String region, String id,
      String defaultProject, String defaultRegion) {
    Diagnostics diagnostics = new Diagnostics();

    Optional<ImportId> parsed =
        ImportId.parse(raw, defaultProject, defaultRegion, "id", "8c3e2b", diagnostics);

    assertThat(parsed).contains(new ImportId(project, region, id));
    assertThat(diagnostics.list()).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "sequoia/8c3e2b", "p/r/i/extra", "p//i", "/r/i", "p/r/",
      " p/r/i", "p/r/i ", "/"})
  void parse_badForm_errsNamingTheFormsWithAnExample(String raw) {
    Diagnostics diagnostics = new Diagnostics();

    Optional<ImportId> parsed = ImportId.parse(raw, "dp", "dr", "id", "8c3e2b", diagnostics);

    assertThat(parsed).isEmpty();
    assertThat(diagnostics.list()).singleElement().satisfies(d -> {
      assertThat(d.isError()).isTrue();
      assertThat(d.summary()).isEqualTo("Invalid import id");
      assertThat(d.detail()).contains("`<project>/<region>/<id>`",
          "`bob@example.com/sequoia/8c3e2b`", "just `<id>`");
    });
  }

  @Test
  void parse_bareNameWithoutDefaults_saysTheProviderMustSetThem() {
    Diagnostics diagnostics = new Diagnostics();

    Optional<ImportId> parsed =
        ImportId.parse("deploy-key", "bob@example.com", null, "name", "deploy-key", diagnostics);

    assertThat(parsed).isEmpty();
    Diagnostic error = diagnostics.list().getFirst();
    assertThat(error.detail()).startsWith("A bare name needs `project` and `region`")
        .contains("`<project>/<region>/<name>`", "`bob@example.com/sequoia/deploy-key`");
  }

  @Test
  void toString_scopedId_parsesBackToItself() {
    ImportId id = new ImportId("bob@example.com", "sequoia", "vol-1");

    assertThat(ImportId.parse(id.toString(), null, null, "id", "x", new Diagnostics()))
        .contains(id);
  }
}
