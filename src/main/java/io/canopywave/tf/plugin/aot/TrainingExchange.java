package io.canopywave.tf.plugin.aot;

import com.google.protobuf.ByteString;
import io.canopywave.tf.protocol.tfplugin6.ProviderGrpc;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6;
import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.spi.DataSource;
import io.canopywave.tf.spi.Provider;
import io.canopywave.tf.spi.Resource;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import io.canopywave.tf.value.Msgpack;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The calls a training run makes, in the order a `tofu plan` makes them: schema, metadata,
 * provider validation and configuration, then validation and a create plan of every resource
 * and data source type, a read of every data source and of a missing object of every resource
 * type, and Shutdown. The provider is configured against {@link TrainingApi}, a loopback
 * simulator, never the Canopy Wave API. Values are mostly null; a provider answering with error
 * diagnostics still runs the code paths real requests take.
 */
final class TrainingExchange {

  private static final long CALL_TIMEOUT_SECONDS = 60;
  /** The id of the objects the reads look for: none exists, so each read finds it gone. */
  private static final String MISSING_ID = "aot-training-missing";
  /** The simulator on loopback answers at once; the training should not wait on a limiter. */
  private static final long TRAINING_REQUESTS_PER_SECOND = 1000;

  private final Provider provider;
  private final TrainingApi api;

  /**
   * PROVIDER supplies the schemas the requests are built from (it is not configured itself); the
   * provider under training is configured to call API.
   */
  TrainingExchange(Provider provider, TrainingApi api) {
    this.provider = provider;
    this.api = api;
  }

  /**
   * Makes every call on CHANNEL, then asks the provider to shut down. Returns how many calls
   * failed at the gRPC level; the training goes on past them, since the cache is written at
   * exit whatever the answers were.
   */
  int run(ManagedChannel channel) {
    var stub = ProviderGrpc.newBlockingStub(channel);
    int failures = 0;
    failures += attempt(() -> call(stub)
        .getProviderSchema(Tfplugin6.GetProviderSchema.Request.getDefaultInstance()));
    failures += attempt(() -> call(stub)
        .getMetadata(Tfplugin6.GetMetadata.Request.getDefaultInstance()));
    Tfplugin6.DynamicValue providerConfig = providerConfig();
    failures += attempt(() -> call(stub).validateProviderConfig(
        Tfplugin6.ValidateProviderConfig.Request.newBuilder().setConfig(providerConfig).build()));
    failures += configure(stub, providerConfig);
    for (Resource resource : provider.resources()) {
      Tfplugin6.DynamicValue config = nullAttributes(resource.schema());
      failures += attempt(() -> call(stub).validateResourceConfig(
          Tfplugin6.ValidateResourceConfig.Request.newBuilder()
              .setTypeName(resource.typeName())
              .setConfig(config)
              .build()));
      failures += attempt(() -> call(stub).planResourceChange(
          Tfplugin6.PlanResourceChange.Request.newBuilder()
              .setTypeName(resource.typeName())
              .setPriorState(nullValue(resource.schema()))
              .setProposedNewState(config)
              .setConfig(config)
              .build()));
      failures += attempt(() -> call(stub).readResource(
          Tfplugin6.ReadResource.Request.newBuilder()
              .setTypeName(resource.typeName())
              .setCurrentState(missingObject(resource.schema()))
              .build()));
    }
    for (DataSource dataSource : provider.dataSources()) {
      Tfplugin6.DynamicValue config = nullAttributes(dataSource.schema());
      failures += attempt(() -> call(stub).validateDataResourceConfig(
          Tfplugin6.ValidateDataResourceConfig.Request.newBuilder()
              .setTypeName(dataSource.typeName())
              .setConfig(config)
              .build()));
      failures += attempt(() -> call(stub).readDataSource(
          Tfplugin6.ReadDataSource.Request.newBuilder()
              .setTypeName(dataSource.typeName())
              .setConfig(config)
              .build()));
    }
    ClientTls.shutdown(channel, Duration.ofSeconds(CALL_TIMEOUT_SECONDS));
    return failures;
  }

  /**
   * 0 when the provider configured without errors. A provider left unconfigured would read
   * nothing, and its cache would lack the API client: that run counts as failed, so that no such
   * cache is kept.
   */
  private static int configure(
      ProviderGrpc.ProviderBlockingStub stub, Tfplugin6.DynamicValue providerConfig) {
    var answer = new AtomicReference<Tfplugin6.ConfigureProvider.Response>();
    int failed = attempt(() -> answer.set(call(stub).configureProvider(
        Tfplugin6.ConfigureProvider.Request.newBuilder()
            .setTerraformVersion("1.12.6")
            .setConfig(providerConfig)
            .build())));
    if (failed > 0) {
      return failed;
    }
    var error = answer.get().getDiagnosticsList().stream()
        .filter(d -> d.getSeverity() == Tfplugin6.Diagnostic.Severity.ERROR)
        .findFirst();
    error.ifPresent(e -> System.err.println(
        "training: configuring the provider failed: " + e.getSummary() + ": " + e.getDetail()));
    return error.isPresent() ? 1 : 0;
  }

  /** 0 when CALL got an answer (error diagnostics included), 1 when the RPC itself failed. */
  private static int attempt(Runnable call) {
    try {
      call.run();
      return 0;
    } catch (StatusRuntimeException e) {
      System.err.println("training call failed: " + e.getStatus());
      return 1;
    }
  }

  private static ProviderGrpc.ProviderBlockingStub call(ProviderGrpc.ProviderBlockingStub stub) {
    return stub.withDeadlineAfter(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  private Tfplugin6.DynamicValue providerConfig() {
    CtyType.ObjectOf type = provider.schema().impliedType();
    Map<String, CtyValue> attributes = inTrainingScope(type);
    setIfDeclared(attributes, "api_url", CtyValue.string(api.url()));
    setIfDeclared(attributes, "api_key", CtyValue.string(api.apiKey()));
    // Set here, the rate wins over a CANOPYWAVE_REQUESTS_PER_SECOND of the user's that would
    // slow the training down or make its configure fail.
    setIfDeclared(attributes, "requests_per_second",
        CtyValue.number(TRAINING_REQUESTS_PER_SECOND));
    return dynamic(CtyValue.object(type, attributes), type);
  }

  /** A state of SCHEMA's type whose id names no object, in the training API's scope. */
  private Tfplugin6.DynamicValue missingObject(Schema schema) {
    CtyType.ObjectOf type = schema.impliedType();
    Map<String, CtyValue> attributes = inTrainingScope(type);
    setIfDeclared(attributes, "id", CtyValue.string(MISSING_ID));
    return dynamic(CtyValue.object(type, attributes), type);
  }

  /** Null attributes of TYPE, but for {@code project} and {@code region}: the training API's. */
  private Map<String, CtyValue> inTrainingScope(CtyType.ObjectOf type) {
    Map<String, CtyValue> attributes = nulls(type);
    setIfDeclared(attributes, "project", CtyValue.string(api.project()));
    setIfDeclared(attributes, "region", CtyValue.string(api.region()));
    return attributes;
  }

  private static void setIfDeclared(Map<String, CtyValue> attributes, String name,
      CtyValue value) {
    attributes.computeIfPresent(name, (declared, none) -> value);
  }

  private static Tfplugin6.DynamicValue nullAttributes(Schema schema) {
    CtyType.ObjectOf type = schema.impliedType();
    return dynamic(CtyValue.object(type, nulls(type)), type);
  }

  private static Tfplugin6.DynamicValue nullValue(Schema schema) {
    CtyType.ObjectOf type = schema.impliedType();
    return dynamic(CtyValue.nullOf(type), type);
  }

  private static Map<String, CtyValue> nulls(CtyType.ObjectOf type) {
    Map<String, CtyValue> attributes = new TreeMap<>();
    type.attributes().forEach((name, kind) -> attributes.put(name, CtyValue.nullOf(kind)));
    return attributes;
  }

  private static Tfplugin6.DynamicValue dynamic(CtyValue value, CtyType type) {
    return Tfplugin6.DynamicValue.newBuilder()
        .setMsgpack(ByteString.copyFrom(Msgpack.encode(value, type)))
        .build();
  }
}
