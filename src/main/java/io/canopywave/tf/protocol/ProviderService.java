package io.canopywave.tf.protocol;

import io.canopywave.tf.cancel.Cancellation;
import io.canopywave.tf.protocol.tfplugin6.ProviderGrpc;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6.ApplyResourceChange;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6.ConfigureProvider;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6.GetMetadata;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6.GetProviderSchema;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6.GetResourceIdentitySchemas;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6.ImportResourceState;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6.PlanResourceChange;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6.ReadDataSource;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6.ReadResource;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6.StopProvider;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6.UpgradeResourceState;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6.ValidateDataResourceConfig;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6.ValidateProviderConfig;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6.ValidateResourceConfig;
import io.canopywave.tf.spi.ClientCapabilities;
import io.canopywave.tf.spi.Provider;
import io.grpc.stub.StreamObserver;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * The {@code tfplugin6.Provider} gRPC service for one {@link Provider}. Safe for concurrent
 * RPCs: its own state is immutable apart from the current cancellation signal.
 *
 * <p>RPCs a resource and data source provider does not need (functions, ephemeral and list
 * resources, state stores, actions, moves) stay UNIMPLEMENTED; core only reports that if it
 * calls them, which it does not for a provider that declares none.
 */
public final class ProviderService extends ProviderGrpc.ProviderImplBase {
  private static final String RESOURCE = "tf_resource_type";
  private static final String DATA_SOURCE = "tf_data_source_type";
  private static final String NONE = "";

  private final Provider provider;
  private final RpcLog log;
  private final AtomicReference<Cancellation> cancellation =
      new AtomicReference<>(new Cancellation());
  private final RpcGuard guard;
  private final ProviderRpcs providerRpcs;
  private final ResourceRpcs resourceRpcs;
  private final DataSourceRpcs dataSourceRpcs;

  public ProviderService(Provider provider) {
    this(provider, RpcLog.systemLogger(), UnaryOperator.identity());
  }

  /**
   * @param redactor masks secrets in text that leaves the process (error details)
   */
  public ProviderService(Provider provider, RpcLog log, UnaryOperator<String> redactor) {
    this.provider = provider;
    this.log = log;
    TypeRegistry types = new TypeRegistry(provider.resources(), provider.dataSources());
    this.guard = new RpcGuard(log, cancellation::get, redactor);
    this.providerRpcs = new ProviderRpcs(provider, types);
    this.resourceRpcs = new ResourceRpcs(types, log);
    this.dataSourceRpcs = new DataSourceRpcs(types, log);
  }

  @Override
  public void getMetadata(GetMetadata.Request request,
      StreamObserver<GetMetadata.Response> responses) {
    answer("GetMetadata", responses, providerRpcs.metadata());
  }

  @Override
  public void getProviderSchema(GetProviderSchema.Request request,
      StreamObserver<GetProviderSchema.Response> responses) {
    answer("GetProviderSchema", responses, providerRpcs.schema());
  }

  @Override
  public void getResourceIdentitySchemas(GetResourceIdentitySchemas.Request request,
      StreamObserver<GetResourceIdentitySchemas.Response> responses) {
    // No resource declares an identity; an empty answer keeps newer clients from warning.
    answer("GetResourceIdentitySchemas", responses,
        GetResourceIdentitySchemas.Response.getDefaultInstance());
  }

  @Override
  public void validateProviderConfig(ValidateProviderConfig.Request request,
      StreamObserver<ValidateProviderConfig.Response> responses) {
    guard.serve(NONE, NONE,
        ClientCapabilities.NONE,
        responses, ValidateProviderConfig.Response.getDefaultInstance(),
        call -> providerRpcs.validate(request, call));
  }

  @Override
  public void configureProvider(ConfigureProvider.Request request,
      StreamObserver<ConfigureProvider.Response> responses) {
    guard.serve(NONE, NONE,
        caps(request.hasClientCapabilities(), request.getClientCapabilities()),
        responses, ConfigureProvider.Response.getDefaultInstance(),
        call -> providerRpcs.configure(request, call));
  }

  @Override
  public void validateResourceConfig(ValidateResourceConfig.Request request,
      StreamObserver<ValidateResourceConfig.Response> responses) {
    guard.serve(RESOURCE, request.getTypeName(),
        caps(request.hasClientCapabilities(), request.getClientCapabilities()),
        responses, ValidateResourceConfig.Response.getDefaultInstance(),
        call -> resourceRpcs.validate(request, call));
  }

  @Override
  public void upgradeResourceState(UpgradeResourceState.Request request,
      StreamObserver<UpgradeResourceState.Response> responses) {
    guard.serve(RESOURCE, request.getTypeName(),
        ClientCapabilities.NONE,
        responses, UpgradeResourceState.Response.getDefaultInstance(),
        call -> resourceRpcs.upgrade(request, call));
  }

  @Override
  public void readResource(ReadResource.Request request,
      StreamObserver<ReadResource.Response> responses) {
    guard.serve(RESOURCE, request.getTypeName(),
        caps(request.hasClientCapabilities(), request.getClientCapabilities()),
        responses, ReadResource.Response.getDefaultInstance(),
        call -> resourceRpcs.read(request, call));
  }

  @Override
  public void planResourceChange(PlanResourceChange.Request request,
      StreamObserver<PlanResourceChange.Response> responses) {
    guard.serve(RESOURCE, request.getTypeName(),
        caps(request.hasClientCapabilities(), request.getClientCapabilities()),
        responses, PlanResourceChange.Response.getDefaultInstance(),
        call -> resourceRpcs.plan(request, call));
  }

  @Override
  public void applyResourceChange(ApplyResourceChange.Request request,
      StreamObserver<ApplyResourceChange.Response> responses) {
    guard.serve(RESOURCE, request.getTypeName(),
        ClientCapabilities.NONE,
        responses, ApplyResourceChange.Response.getDefaultInstance(),
        call -> resourceRpcs.apply(request, call));
  }

  @Override
  public void importResourceState(ImportResourceState.Request request,
      StreamObserver<ImportResourceState.Response> responses) {
    guard.serve(RESOURCE, request.getTypeName(),
        caps(request.hasClientCapabilities(), request.getClientCapabilities()),
        responses, ImportResourceState.Response.getDefaultInstance(),
        call -> resourceRpcs.importState(request, call));
  }

  @Override
  public void validateDataResourceConfig(ValidateDataResourceConfig.Request request,
      StreamObserver<ValidateDataResourceConfig.Response> responses) {
    guard.serve(DATA_SOURCE, request.getTypeName(),
        ClientCapabilities.NONE,
        responses, ValidateDataResourceConfig.Response.getDefaultInstance(),
        call -> dataSourceRpcs.validate(request, call));
  }

  @Override
  public void readDataSource(ReadDataSource.Request request,
      StreamObserver<ReadDataSource.Response> responses) {
    guard.serve(DATA_SOURCE, request.getTypeName(),
        caps(request.hasClientCapabilities(), request.getClientCapabilities()),
        responses, ReadDataSource.Response.getDefaultInstance(),
        call -> dataSourceRpcs.read(request, call));
  }

  /**
   * Cancels the operations in flight and gives later ones a fresh signal: StopProvider is sent on
   * interrupt, and the process keeps serving until Shutdown.
   */
  @Override
  public void stopProvider(StopProvider.Request request,
      StreamObserver<StopProvider.Response> responses) {
    cancellation.getAndSet(new Cancellation()).cancel();
    String error = "";
    try {
      provider.stop();
    } catch (RuntimeException e) {
      log.error("The provider failed to stop", Map.of("tf_rpc", "StopProvider",
          "error", e.getClass().getName()));
      error = "the provider failed to stop: " + e.getClass().getSimpleName();
    }
    answer("StopProvider", responses, StopProvider.Response.newBuilder().setError(error).build());
  }

  private static ClientCapabilities caps(boolean present, Tfplugin6.ClientCapabilities proto) {
    return Capabilities.fromProto(present, proto);
  }

  private <R> void answer(String rpc, StreamObserver<R> responses, R response) {
    log.trace("Served request", Map.of("tf_rpc", rpc));
    responses.onNext(response);
    responses.onCompleted();
  }
}
