package io.canopywave.tf.protocol;

import static io.canopywave.tf.protocol.InProcessService.dynamic;
import static io.canopywave.tf.protocol.InProcessService.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.canopywave.tf.protocol.tfplugin6.Tfplugin6;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6.Diagnostic.Severity;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProviderServiceTest {
  private final FakeProvider provider = new FakeProvider();
  private final InProcessService service = new InProcessService(provider,
      text -> text.replace("secret-xyz", "***"));

  @AfterEach
  void close() throws InterruptedException {
    service.close();
  }

  private static CtyValue providerConfig(String endpoint) {
    return CtyValue.object(FakeProvider.SCHEMA.impliedType(),
        Map.of("endpoint", CtyValue.stringOrNull(endpoint)));
  }

  private static CtyValue widgetConfig(String name) {
    return FakeWidgets.widget(CtyValue.nullOf(CtyType.STRING), name,
        CtyValue.nullOf(CtyType.NUMBER), CtyValue.nullOf(CtyType.STRING));
  }

  private Tfplugin6.ApplyResourceChange.Response create(String name) {
    CtyValue planned = FakeWidgets.widget(CtyValue.unknown(CtyType.STRING), name,
        CtyValue.unknown(CtyType.NUMBER), CtyValue.nullOf(CtyType.STRING));
    return service.client().applyResourceChange(Tfplugin6.ApplyResourceChange.Request.newBuilder()
        .setTypeName(FakeWidgets.TYPE)
        .setPlannedState(dynamic(planned, FakeWidgets.OBJECT))
        .setConfig(dynamic(widgetConfig(name), FakeWidgets.OBJECT))
        .build());
  }

  @Test
  void getProviderSchema_listsProviderResourcesDataSourcesAndCapabilities() {
    Tfplugin6.GetProviderSchema.Response schema = service.client()
        .getProviderSchema(Tfplugin6.GetProviderSchema.Request.getDefaultInstance());

    assertThat(schema.getProvider().getBlock().getAttributes(0).getName()).isEqualTo("endpoint");
    assertThat(schema.getResourceSchemasMap()).containsOnlyKeys(FakeWidgets.TYPE);
    assertThat(schema.getResourceSchemasOrThrow(FakeWidgets.TYPE).getVersion()).isEqualTo(1);
    assertThat(schema.getDataSourceSchemasMap()).containsOnlyKeys(FakeLookup.TYPE);
    assertThat(schema.getServerCapabilities().getGetProviderSchemaOptional()).isTrue();
    assertThat(schema.getServerCapabilities().getPlanDestroy()).isFalse();
    assertThat(schema.getDiagnosticsList()).isEmpty();
  }

  @Test
  void getMetadata_namesEveryType() {
    Tfplugin6.GetMetadata.Response metadata =
        service.client().getMetadata(Tfplugin6.GetMetadata.Request.getDefaultInstance());

    assertThat(metadata.getResourcesList()).extracting(r -> r.getTypeName())
        .containsExactly(FakeWidgets.TYPE);
    assertThat(metadata.getDataSourcesList()).extracting(d -> d.getTypeName())
        .containsExactly(FakeLookup.TYPE);
  }

  @Test
  void getResourceIdentitySchemas_answersAnEmptyMap() {
    var request = Tfplugin6.GetResourceIdentitySchemas.Request.getDefaultInstance();

    Tfplugin6.GetResourceIdentitySchemas.Response response =
        service.client().getResourceIdentitySchemas(request);

    assertThat(response.getIdentitySchemasMap()).isEmpty();
    assertThat(response.getDiagnosticsList()).isEmpty();
  }

  @Test
  void getFunctions_isUnimplemented() {
    assertThatThrownBy(() -> service.client()
        .getFunctions(Tfplugin6.GetFunctions.Request.getDefaultInstance()))
        .isInstanceOfSatisfying(StatusRuntimeException.class, e ->
            assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNIMPLEMENTED));
  }

  @Test
  void validateProviderConfig_badSetting_answersTheProvidersDiagnostic() {
    Tfplugin6.ValidateProviderConfig.Response response = service.client()
        .validateProviderConfig(Tfplugin6.ValidateProviderConfig.Request.newBuilder()
            .setConfig(dynamic(providerConfig("nowhere"), FakeProvider.SCHEMA.impliedType()))
            .build());

    assertThat(response.getDiagnosticsList()).singleElement().satisfies(d -> {
      assertThat(d.getSeverity()).isEqualTo(Severity.ERROR);
      assertThat(d.getSummary()).isEqualTo("Bad endpoint");
      assertThat(d.getAttribute().getSteps(0).getAttributeName()).isEqualTo("endpoint");
    });
  }

  @Test
  void configureProvider_passesConfigAndClientVersion() {
    Tfplugin6.ConfigureProvider.Response response = service.client()
        .configureProvider(Tfplugin6.ConfigureProvider.Request.newBuilder()
            .setTerraformVersion("1.11.2")
            .setConfig(dynamic(providerConfig("http://127.0.0.1:1"),
                FakeProvider.SCHEMA.impliedType()))
            .build());

    assertThat(response.getDiagnosticsList()).isEmpty();
    assertThat(provider.configured.get()).isEqualTo(providerConfig("http://127.0.0.1:1"));
    assertThat(provider.clientVersion.get()).isEqualTo("1.11.2");
  }

  @Test
  void validateResourceConfig_resourceRule_reportsAtTheAttribute() {
    Tfplugin6.ValidateResourceConfig.Response response = service.client()
        .validateResourceConfig(Tfplugin6.ValidateResourceConfig.Request.newBuilder()
            .setTypeName(FakeWidgets.TYPE)
            .setConfig(dynamic(widgetConfig("bad"), FakeWidgets.OBJECT))
            .build());

    assertThat(response.getDiagnosticsList()).singleElement().satisfies(d -> {
      assertThat(d.getSummary()).isEqualTo("Bad name");
      assertThat(d.getAttribute().getSteps(0).getAttributeName()).isEqualTo("name");
    });
  }

  @Test
  void validateResourceConfig_goodConfig_hasNoDiagnostics() {
    Tfplugin6.ValidateResourceConfig.Response response = service.client()
        .validateResourceConfig(Tfplugin6.ValidateResourceConfig.Request.newBuilder()
            .setTypeName(FakeWidgets.TYPE)
            .setConfig(dynamic(widgetConfig("fine"), FakeWidgets.OBJECT))
            .build());

    assertThat(response.getDiagnosticsList()).isEmpty();
  }

  @Test
  void readResource_unknownType_answersAnErrorDiagnosticNotAGrpcError() {
    Tfplugin6.ReadResource.Response response = service.client()
        .readResource(Tfplugin6.ReadResource.Request.newBuilder()
            .setTypeName("test_nothing").build());

    assertThat(response.getDiagnosticsList()).singleElement().satisfies(d -> {
      assertThat(d.getSeverity()).isEqualTo(Severity.ERROR);
      assertThat(d.getSummary()).isEqualTo("Unknown resource type");
      assertThat(d.getDetail()).contains("test_nothing");
    });
  }

  @Test
  void readDataSource_unknownType_answersAnErrorDiagnostic() {
    Tfplugin6.ReadDataSource.Response response = service.client()
        .readDataSource(Tfplugin6.ReadDataSource.Request.newBuilder()
            .setTypeName("test_widget").build());

    assertThat(response.getDiagnosticsList()).singleElement()
        .satisfies(d -> assertThat(d.getSummary()).isEqualTo("Unknown data source type"));
  }

  @Test
  void applyResourceChange_resourceThrows_answersOneInternalErrorWithoutSecretsOrStack() {
    Tfplugin6.ApplyResourceChange.Response response = create("explode");

    assertThat(response.getDiagnosticsList()).singleElement().satisfies(d -> {
      assertThat(d.getSeverity()).isEqualTo(Severity.ERROR);
      assertThat(d.getSummary()).isEqualTo("Internal error in the provider");
      assertThat(d.getDetail()).contains("java.lang.IllegalStateException")
          .contains("remote said no to ***")
          .doesNotContain("secret-xyz")
          .doesNotContain("\tat ")
          .doesNotContain("FakeWidgets.java");
    });
    assertThat(service.log).anySatisfy(event -> {
      assertThat(event.level()).isEqualTo("error");
      assertThat(event.fields()).containsEntry("tf_rpc", "ApplyResourceChange")
          .containsEntry("tf_resource_type", FakeWidgets.TYPE);
      assertThat(event.fields().toString()).doesNotContain("secret-xyz");
    });
  }

  @Test
  void applyResourceChange_assertionErrorAfterAWarning_answersBoth() {
    Tfplugin6.ApplyResourceChange.Response response = create("assert");

    assertThat(response.getDiagnosticsList()).satisfiesExactly(
        warning -> assertThat(warning.getSummary()).isEqualTo("Before the failure"),
        error -> {
          assertThat(error.getSummary()).isEqualTo("Internal error in the provider");
          assertThat(error.getDetail()).contains("java.lang.AssertionError: widget invariant");
        });
  }

  @Test
  void everyGuardedCall_logsTraceBeforeAndAfterWithTheSameRequestId() {
    service.client().readDataSource(Tfplugin6.ReadDataSource.Request.newBuilder()
        .setTypeName(FakeLookup.TYPE)
        .setConfig(dynamic(CtyValue.object(FakeLookup.OBJECT, Map.of(
            "name", CtyValue.string("x"), "greeting", CtyValue.nullOf(CtyType.STRING))),
            FakeLookup.OBJECT))
        .build());

    assertThat(service.log).extracting(InProcessService.LogEvent::message)
        .containsExactly("Received request", "Served request");
    Map<String, Object> before = service.log.get(0).fields();
    Map<String, Object> after = service.log.get(1).fields();
    assertThat(before).containsEntry("tf_rpc", "ReadDataSource")
        .containsEntry("tf_data_source_type", FakeLookup.TYPE)
        .containsKey("tf_req_id");
    assertThat(after.get("tf_req_id")).isEqualTo(before.get("tf_req_id"));
  }

  @Test
  void readDataSource_knownConfig_answersTheFullState() {
    CtyValue config = CtyValue.object(FakeLookup.OBJECT, Map.of(
        "name", CtyValue.string("tofu"), "greeting", CtyValue.nullOf(CtyType.STRING)));

    Tfplugin6.ReadDataSource.Response response = service.client()
        .readDataSource(Tfplugin6.ReadDataSource.Request.newBuilder()
            .setTypeName(FakeLookup.TYPE)
            .setConfig(dynamic(config, FakeLookup.OBJECT))
            .build());

    assertThat(response.getDiagnosticsList()).isEmpty();
    assertThat(value(response.getState(), FakeLookup.OBJECT)).isEqualTo(CtyValue.object(
        FakeLookup.OBJECT, Map.of("name", CtyValue.string("tofu"),
            "greeting", CtyValue.string("hello tofu"))));
  }

  @Test
  void stopProvider_cancelsTheCallInFlightAndLaterCallsStillWork() throws Exception {
    CompletableFuture<Tfplugin6.ApplyResourceChange.Response> slow =
        CompletableFuture.supplyAsync(() -> create("slow"));
    assertThat(provider.widgets.sleeping.await(5, TimeUnit.SECONDS)).isTrue();
    long started = System.nanoTime();

    Tfplugin6.StopProvider.Response stop =
        service.client().stopProvider(Tfplugin6.StopProvider.Request.getDefaultInstance());

    Tfplugin6.ApplyResourceChange.Response cancelled = slow.get(5, TimeUnit.SECONDS);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    assertThat(stop.getError()).isEmpty();
    assertThat(provider.stops.get()).isEqualTo(1);
    assertThat(cancelled.getDiagnosticsList()).singleElement()
        .satisfies(d -> assertThat(d.getSummary()).isEqualTo("Operation cancelled"));
    assertThat(create("after-stop").getDiagnosticsList()).isEmpty();
  }

  @Test
  void concurrentCalls_allSucceed() {
    var calls = java.util.stream.IntStream.range(0, 16)
        .mapToObj(i -> CompletableFuture.supplyAsync(() -> create("w" + i)))
        .toList();

    assertThat(calls).allSatisfy(call ->
        assertThat(call.get(10, TimeUnit.SECONDS).getDiagnosticsList()).isEmpty());
    assertThat(provider.widgets.remote).hasSize(16);
  }
}
