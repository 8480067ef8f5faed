package io.canopywave.tf.protocol;

import io.canopywave.tf.plan.ConfigValidation;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6.ConfigureProvider;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6.GetMetadata;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6.GetProviderSchema;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6.ValidateProviderConfig;
import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.spi.Provider;
import io.canopywave.tf.value.CtyValue;

/** The provider-level RPCs: schema, metadata, provider validation and configuration. */
final class ProviderRpcs {
  private final Provider provider;
  private final Schema providerSchema;
  private final GetProviderSchema.Response schemaResponse;
  private final GetMetadata.Response metadataResponse;

  ProviderRpcs(Provider provider, TypeRegistry types) {
    this.provider = provider;
    this.providerSchema = provider.schema();
    this.schemaResponse = schemaResponse(providerSchema, types);
    this.metadataResponse = metadataResponse(types);
  }

  static Tfplugin6.ServerCapabilities serverCapabilities() {
    // Core may cache the schema; destroy plans need no provider call (core plans null itself).
    return Tfplugin6.ServerCapabilities.newBuilder()
        .setGetProviderSchemaOptional(true)
        .setPlanDestroy(false)
        .build();
  }

  private static GetProviderSchema.Response schemaResponse(Schema provider, TypeRegistry types) {
    GetProviderSchema.Response.Builder out = GetProviderSchema.Response.newBuilder()
        .setProvider(SchemaConverter.toProto(provider))
        .setServerCapabilities(serverCapabilities());
    types.resources().forEach((name, resource) ->
        out.putResourceSchemas(name, SchemaConverter.toProto(resource.schema())));
    types.dataSources().forEach((name, dataSource) ->
        out.putDataSourceSchemas(name, SchemaConverter.toProto(dataSource.schema())));
    return out.build();
  }

  private static GetMetadata.Response metadataResponse(TypeRegistry types) {
    GetMetadata.Response.Builder out = GetMetadata.Response.newBuilder()
        .setServerCapabilities(serverCapabilities());
    types.resources().keySet().forEach(name ->
        out.addResources(GetMetadata.ResourceMetadata.newBuilder().setTypeName(name)));
    types.dataSources().keySet().forEach(name ->
        out.addDataSources(GetMetadata.DataSourceMetadata.newBuilder().setTypeName(name)));
    return out.build();
  }

  GetProviderSchema.Response schema() {
    return schemaResponse;
  }

  GetMetadata.Response metadata() {
    return metadataResponse;
  }

  ValidateProviderConfig.Response validate(ValidateProviderConfig.Request request, Call call) {
    CtyValue config = decodeConfig(request.hasConfig(), request.getConfig());
    ConfigValidation.validate(providerSchema, config, call.op());
    provider.validateConfig(config, call.op());
    return ValidateProviderConfig.Response.getDefaultInstance();
  }

  ConfigureProvider.Response configure(ConfigureProvider.Request request, Call call) {
    CtyValue config = decodeConfig(request.hasConfig(), request.getConfig());
    provider.configure(config, request.getTerraformVersion(), call.op());
    return ConfigureProvider.Response.getDefaultInstance();
  }

  private CtyValue decodeConfig(boolean present, Tfplugin6.DynamicValue value) {
    return DynamicValues.decode(present, value, providerSchema.impliedType());
  }
}
