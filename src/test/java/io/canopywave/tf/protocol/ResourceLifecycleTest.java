package io.canopywave.tf.protocol;

import static io.canopywave.tf.protocol.FakeWidgets.OBJECT;
import static io.canopywave.tf.protocol.FakeWidgets.TYPE;
import static io.canopywave.tf.protocol.FakeWidgets.widget;
import static io.canopywave.tf.protocol.InProcessService.dynamic;
import static io.canopywave.tf.protocol.InProcessService.value;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A widget through plan, apply, read, update, delete and import, as core drives them. */
class ResourceLifecycleTest {
  private static final CtyValue NO_STRING = CtyValue.nullOf(CtyType.STRING);
  private static final CtyValue NO_NUMBER = CtyValue.nullOf(CtyType.NUMBER);
  private static final ByteString PRIVATE = ByteString.copyFromUtf8("{\"k\":1}");

  private final FakeProvider provider = new FakeProvider();
  private final InProcessService service = new InProcessService(provider);

  @AfterEach
  void close() throws InterruptedException {
    service.close();
  }

  private Tfplugin6.PlanResourceChange.Response plan(CtyValue prior, CtyValue config) {
    // Core's proposed new state: config values, with prior values for null computed ones.
    CtyValue.ObjectVal proposed = (CtyValue.ObjectVal) config;
    if (prior instanceof CtyValue.ObjectVal p) {
      proposed = proposed.with("id", p.get("id"));
      if (proposed.get("size").isNull()) {
        proposed = proposed.with("size", p.get("size"));
      }
    }
    Tfplugin6.PlanResourceChange.Request.Builder request =
        Tfplugin6.PlanResourceChange.Request.newBuilder()
            .setTypeName(TYPE)
            .setProposedNewState(dynamic(proposed, OBJECT))
            .setConfig(dynamic(config, OBJECT))
            .setPriorPrivate(PRIVATE);
    if (!prior.isNull()) {
      request.setPriorState(dynamic(prior, OBJECT));
    }
    return service.client().planResourceChange(request.build());
  }

  private Tfplugin6.ApplyResourceChange.Response apply(CtyValue prior,
      Tfplugin6.DynamicValue planned, CtyValue config) {
    return service.client().applyResourceChange(Tfplugin6.ApplyResourceChange.Request.newBuilder()
        .setTypeName(TYPE)
        .setPriorState(dynamic(prior, OBJECT))
        .setPlannedState(planned)
        .setConfig(dynamic(config, OBJECT))
        .setPlannedPrivate(PRIVATE)
        .build());
  }

  private CtyValue created(String name) {
    CtyValue config = widget(NO_STRING, name, NO_NUMBER, CtyValue.string("pw"));
    var planned = plan(CtyValue.nullOf(OBJECT), config).getPlannedState();
    return value(apply(CtyValue.nullOf(OBJECT), planned, config).getNewState(), OBJECT);
  }

  @Test
  void planCreate_computedBecomeUnknownAndWriteOnlyNull() {
    CtyValue config = widget(NO_STRING, "a", NO_NUMBER, CtyValue.string("pw"));

    Tfplugin6.PlanResourceChange.Response response = plan(CtyValue.nullOf(OBJECT), config);

    assertThat(response.getDiagnosticsList()).isEmpty();
    assertThat(value(response.getPlannedState(), OBJECT)).isEqualTo(widget(
        CtyValue.unknown(CtyType.STRING), "a", CtyValue.unknown(CtyType.NUMBER), NO_STRING));
    assertThat(response.getPlannedPrivate()).isEqualTo(PRIVATE);
    assertThat(response.getRequiresReplaceList()).isEmpty();
  }

  @Test
  void applyCreate_returnsAWhollyKnownStateWithoutWriteOnlyValues() {
    CtyValue config = widget(NO_STRING, "a", NO_NUMBER, CtyValue.string("pw"));
    var planned = plan(CtyValue.nullOf(OBJECT), config).getPlannedState();

    Tfplugin6.ApplyResourceChange.Response response =
        apply(CtyValue.nullOf(OBJECT), planned, config);

    assertThat(response.getDiagnosticsList()).isEmpty();
    assertThat(value(response.getNewState(), OBJECT))
        .isEqualTo(widget(CtyValue.string("w-1"), "a", CtyValue.number(1), NO_STRING));
    assertThat(response.getPrivate()).isEqualTo(PRIVATE);
    assertThat(provider.widgets.remote).containsKey("w-1");
  }

  @Test
  void readResource_existingObject_returnsItAndEchoesPrivate() {
    CtyValue state = created("a");

    Tfplugin6.ReadResource.Response response = service.client().readResource(
        Tfplugin6.ReadResource.Request.newBuilder()
            .setTypeName(TYPE)
            .setCurrentState(dynamic(state, OBJECT))
            .setPrivate(PRIVATE)
            .build());

    assertThat(response.getDiagnosticsList()).isEmpty();
    assertThat(value(response.getNewState(), OBJECT)).isEqualTo(state);
    assertThat(response.getPrivate()).isEqualTo(PRIVATE);
  }

  @Test
  void planUnchanged_returnsThePriorState() {
    CtyValue state = created("a");
    CtyValue config = widget(NO_STRING, "a", NO_NUMBER, CtyValue.string("pw"));

    Tfplugin6.PlanResourceChange.Response response = plan(state, config);

    assertThat(value(response.getPlannedState(), OBJECT)).isEqualTo(state);
  }

  @Test
  void planAndApplyUpdate_keepTheIdAndStoreTheChange() {
    CtyValue state = created("a");
    CtyValue config = widget(NO_STRING, "b", CtyValue.number(4), NO_STRING);

    var planned = plan(state, config);
    assertThat(value(planned.getPlannedState(), OBJECT))
        .isEqualTo(widget(CtyValue.string("w-1"), "b", CtyValue.number(4), NO_STRING));
    Tfplugin6.ApplyResourceChange.Response response =
        apply(state, planned.getPlannedState(), config);

    assertThat(response.getDiagnosticsList()).isEmpty();
    CtyValue updated = widget(CtyValue.string("w-1"), "b", CtyValue.number(4), NO_STRING);
    assertThat(value(response.getNewState(), OBJECT)).isEqualTo(updated);
    assertThat(provider.widgets.remote.get("w-1")).isEqualTo(updated);
  }

  @Test
  void applyDelete_nullPlan_deletesAndAnswersANullState() {
    CtyValue state = created("a");

    Tfplugin6.ApplyResourceChange.Response response = service.client().applyResourceChange(
        Tfplugin6.ApplyResourceChange.Request.newBuilder()
            .setTypeName(TYPE)
            .setPriorState(dynamic(state, OBJECT))
            .setPlannedState(dynamic(CtyValue.nullOf(OBJECT), OBJECT))
            .setPlannedPrivate(PRIVATE)
            .build());

    assertThat(response.getDiagnosticsList()).isEmpty();
    assertThat(response.getNewState().getMsgpack().toByteArray())
        .containsExactly((byte) 0xc0);
    assertThat(response.getPrivate()).isEmpty();
    assertThat(provider.widgets.remote).isEmpty();
  }

  @Test
  void readResource_afterRemoteDeletion_answersNull() {
    CtyValue state = created("a");
    provider.widgets.remote.clear();

    Tfplugin6.ReadResource.Response response = service.client().readResource(
        Tfplugin6.ReadResource.Request.newBuilder()
            .setTypeName(TYPE).setCurrentState(dynamic(state, OBJECT)).build());

    assertThat(value(response.getNewState(), OBJECT).isNull()).isTrue();
  }

  @Test
  void applyCreate_resourceReturnsUnknown_storesNullAndLogsAnError() {
    CtyValue state = created("unknown");

    assertThat(state).isEqualTo(widget(CtyValue.string("w-1"), "unknown", NO_NUMBER, NO_STRING));
    assertThat(service.log).anySatisfy(event -> {
      assertThat(event.level()).isEqualTo("error");
      assertThat(event.fields()).containsEntry("tf_attribute_paths", "[size]");
    });
  }

  @Test
  void importResourceState_existingId_answersOnePartialState() {
    created("a");

    Tfplugin6.ImportResourceState.Response response = service.client().importResourceState(
        Tfplugin6.ImportResourceState.Request.newBuilder().setTypeName(TYPE).setId("w-1").build());

    assertThat(response.getDiagnosticsList()).isEmpty();
    assertThat(response.getImportedResourcesList()).singleElement().satisfies(imported -> {
      assertThat(imported.getTypeName()).isEqualTo(TYPE);
      assertThat(value(imported.getState(), OBJECT))
          .isEqualTo(widget(CtyValue.string("w-1"), "x", NO_NUMBER, NO_STRING)
              .with("name", NO_STRING));
    });
  }

  @Test
  void importResourceState_missingId_answersTheResourcesErrorAndNoResources() {
    Tfplugin6.ImportResourceState.Response response = service.client().importResourceState(
        Tfplugin6.ImportResourceState.Request.newBuilder().setTypeName(TYPE).setId("w-9").build());

    assertThat(response.getImportedResourcesList()).isEmpty();
    assertThat(response.getDiagnosticsList()).singleElement()
        .satisfies(d -> assertThat(d.getSummary()).isEqualTo("Widget not found"));
  }

  @Test
  void upgradeResourceState_jsonOfTheCurrentVersion_answersMsgpackOfTheSameObject() {
    String json = "{\"id\":\"w-7\",\"name\":\"a\",\"size\":2,\"password\":null}";

    Tfplugin6.UpgradeResourceState.Response response = service.client().upgradeResourceState(
        Tfplugin6.UpgradeResourceState.Request.newBuilder()
            .setTypeName(TYPE)
            .setVersion(1)
            .setRawState(Tfplugin6.RawState.newBuilder()
                .setJson(ByteString.copyFrom(json, StandardCharsets.UTF_8)))
            .build());

    assertThat(response.getDiagnosticsList()).isEmpty();
    assertThat(value(response.getUpgradedState(), OBJECT))
        .isEqualTo(widget(CtyValue.string("w-7"), "a", CtyValue.number(2), NO_STRING));
  }

  @Test
  void upgradeResourceState_storedWriteOnlyValue_isNulled() {
    String json = "{\"id\":\"w-7\",\"name\":\"a\",\"size\":2,\"password\":\"pw\"}";

    Tfplugin6.UpgradeResourceState.Response response = service.client().upgradeResourceState(
        Tfplugin6.UpgradeResourceState.Request.newBuilder()
            .setTypeName(TYPE)
            .setVersion(1)
            .setRawState(Tfplugin6.RawState.newBuilder().setJson(ByteString.copyFromUtf8(json)))
            .build());

    assertThat(value(response.getUpgradedState(), OBJECT))
        .isEqualTo(widget(CtyValue.string("w-7"), "a", CtyValue.number(2), NO_STRING));
  }

  @Test
  void upgradeResourceState_flatmapOnly_isAnError() {
    Tfplugin6.UpgradeResourceState.Response response = service.client().upgradeResourceState(
        Tfplugin6.UpgradeResourceState.Request.newBuilder()
            .setTypeName(TYPE)
            .setRawState(Tfplugin6.RawState.newBuilder().putFlatmap("id", "w-1"))
            .build());

    assertThat(response.getDiagnosticsList()).singleElement()
        .satisfies(d -> assertThat(d.getSummary()).isEqualTo("Unsupported state format"));
  }
}
