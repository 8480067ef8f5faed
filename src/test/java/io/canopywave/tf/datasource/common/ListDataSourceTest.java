package io.canopywave.tf.datasource.common;

import static io.canopywave.tf.datasource.common.SimulatedApi.PROJECT;
import static io.canopywave.tf.datasource.common.SimulatedApi.REGION;
import static io.canopywave.tf.datasource.common.SimulatedApi.config;
import static io.canopywave.tf.datasource.common.SimulatedApi.operation;
import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.api.CacheMode;
import io.canopywave.tf.api.model.NewSshKey;
import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.api.model.SshKey;
import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Diagnostic;
import io.canopywave.tf.simulator.FaultRule;
import io.canopywave.tf.spi.DiagnosticException;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import io.canopywave.tf.value.ObjectReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ListDataSourceTest {
  static final String PUBLIC_KEY =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMy/6SeyjtenrEyUDS4b7LBMCphEOPQu1tcnWGE7keZe";

  @RegisterExtension
  static final SimulatedApi api = new SimulatedApi();

  /** Key names in the project and region, filtered by an optional prefix. */
  static final ListSpec<SshKey> KEY_NAMES = new ListSpec<>("canopywave_test_keys",
      "Test keys.", "test keys", StandardScope.PROJECT_AND_REGION,
      List.of(Attribute.string("prefix").optional().description("A name prefix.").build()),
      ItemList.objects("keys", "The keys.", List.of(
          ItemField.string("name", "The name.", SshKey::name),
          ItemField.strings("letters", "The letters of the name.",
              key -> List.of(key.name().split(""))))),
      ListDataSourceTest::keysWithPrefix, ListSpec.ConfigCheck.NONE);

  private static List<SshKey> keysWithPrefix(ListQuery query) {
    String prefix = query.config().string("prefix", "");
    if (prefix.equals("!")) {
      throw new DiagnosticException(Diagnostic.error(AttributePath.of("prefix"),
          "Bad prefix", "A prefix must not be an exclamation mark."));
    }
    return query.client().sshKeys().list(query.scope().scope(), CacheMode.FRESH).stream()
        .filter(key -> key.name().startsWith(prefix))
        .toList();
  }

  private void addKey(String project, String region, String name) {
    api.client().sshKeys().add(new NewSshKey(new Scope(project, region), name, PUBLIC_KEY));
  }

  @Test
  void schema_listSpec_hasIdScopeFiltersAndTheComputedList() {
    var dataSource = new ListDataSource<>(KEY_NAMES, api.connections());

    var block = dataSource.schema().block();

    assertThat(block.attributes()).extracting(Attribute::name)
        .containsExactly("id", "project", "region", "prefix", "keys");
    Attribute keys = block.attribute("keys").orElseThrow();
    assertThat(keys.computedOnly()).isTrue();
    assertThat(keys.type()).isEqualTo(CtyType.list(CtyType.ObjectOf.of(Map.of(
        "name", CtyType.STRING, "letters", CtyType.list(CtyType.STRING)))));
    assertThat(keys.description())
        .contains("- `name` (String) The name.")
        .contains("- `letters` (List of String) The letters of the name.");
    assertThat(block.attributes()).allSatisfy(a -> assertThat(a.description()).isNotBlank());
  }

  @Test
  void read_scopeLeftNull_usesProviderDefaultsInStateAndId() {
    addKey(PROJECT, REGION, "alpha");
    addKey(PROJECT, REGION, "beta");
    var dataSource = new ListDataSource<>(KEY_NAMES, api.connections());
    Operation op = operation();

    CtyValue state = dataSource.read(config(dataSource, Map.of()), op);

    assertThat(op.diagnostics().list()).isEmpty();
    ObjectReader reader = ObjectReader.of(state);
    assertThat(reader.string("id")).isEqualTo(PROJECT + "/" + REGION);
    assertThat(reader.string("project")).isEqualTo(PROJECT);
    assertThat(reader.string("region")).isEqualTo(REGION);
    assertThat(reader.isNull("prefix")).isTrue();
    assertThat(reader.nestedList("keys")).extracting(key -> key.string("name"))
        .containsExactly("alpha", "beta");
    assertThat(reader.nestedList("keys").getFirst().strings("letters"))
        .containsExactly("a", "l", "p", "h", "a");
  }

  @Test
  void read_scopeConfigured_overridesDefaultsAndListsThatScope() {
    addKey(PROJECT, REGION, "here");
    addKey("alice@example.com", "redwood", "there");
    var dataSource = new ListDataSource<>(KEY_NAMES, api.connections());

    CtyValue state = dataSource.read(config(dataSource,
        Map.of("project", "alice@example.com", "region", "redwood")), operation());

    ObjectReader reader = ObjectReader.of(state);
    assertThat(reader.string("id")).isEqualTo("alice@example.com/redwood");
    assertThat(reader.nestedList("keys")).extracting(key -> key.string("name"))
        .containsExactly("there");
  }

  @Test
  void read_filterSet_isPartOfTheIdAndMatchingNothingGivesAnEmptyList() {
    addKey(PROJECT, REGION, "alpha");
    var dataSource = new ListDataSource<>(KEY_NAMES, api.connections());
    Operation op = operation();

    CtyValue state = dataSource.read(config(dataSource, Map.of("prefix", "zz")), op);

    assertThat(op.diagnostics().hasErrors()).isFalse();
    ObjectReader reader = ObjectReader.of(state);
    assertThat(reader.string("id")).isEqualTo(PROJECT + "/" + REGION + "?prefix=zz");
    assertThat(reader.string("prefix")).isEqualTo("zz");
    assertThat(reader.value("keys")).isEqualTo(CtyValue.list(
        KEY_NAMES.items().elementType(), List.of()));
  }

  @Test
  void read_noRegionAnywhere_errorsOnRegionWithoutCallingTheApi() {
    var dataSource = new ListDataSource<>(KEY_NAMES, api.connections(PROJECT, null));
    Operation op = operation();

    CtyValue state = dataSource.read(config(dataSource, Map.of()), op);

    assertThat(state).isNull();
    assertThat(op.diagnostics().list()).singleElement().satisfies(d -> {
      assertThat(d.isError()).isTrue();
      assertThat(d.path()).isEqualTo(AttributePath.of("region"));
      assertThat(d.detail()).contains("CANOPYWAVE_REGION");
    });
    assertThat(api.control().requests()).isEmpty();
  }

  @Test
  void read_apiFails_errorNamesWhatWasListedAndQuotesTheApi() {
    api.control().addFault(FaultRule.on("GET", "/api/v1/ssh-keys").status(400)
        .body(Map.of("error", "region sequoia is closed")).build());
    var dataSource = new ListDataSource<>(KEY_NAMES, api.connections());
    Operation op = operation();

    CtyValue state = dataSource.read(config(dataSource, Map.of()), op);

    assertThat(state).isNull();
    assertThat(op.diagnostics().list()).singleElement().satisfies(d -> {
      assertThat(d.isError()).isTrue();
      assertThat(d.summary()).isEqualTo("Failed to list test keys in project \"" + PROJECT
          + "\", region \"" + REGION + "\"");
      assertThat(d.detail()).contains("region sequoia is closed");
    });
  }

  @Test
  void read_fetchRefusesTheQuery_reportsItsDiagnostic() {
    var dataSource = new ListDataSource<>(KEY_NAMES, api.connections());
    Operation op = operation();

    CtyValue state = dataSource.read(config(dataSource, Map.of("prefix", "!")), op);

    assertThat(state).isNull();
    assertThat(op.diagnostics().list()).singleElement()
        .satisfies(d -> assertThat(d.path()).isEqualTo(AttributePath.of("prefix")));
  }

  @Test
  void read_globalScope_idIsTheListedKind() {
    var spec = new ListSpec<>("canopywave_colours", "Colours.", "colours",
        StandardScope.GLOBAL, ItemList.strings("names", "The names."),
        query -> List.of("red", "green"));
    var dataSource = new ListDataSource<>(spec, api.connections());

    CtyValue state = dataSource.read(config(dataSource, Map.of()), operation());

    ObjectReader reader = ObjectReader.of(state);
    assertThat(reader.string("id")).isEqualTo("colours");
    assertThat(reader.strings("names")).containsExactly("red", "green");
    assertThat(dataSource.schema().block().attribute("project")).isEmpty();
  }
}
