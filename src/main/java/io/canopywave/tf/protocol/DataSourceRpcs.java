package io.canopywave.tf.protocol;

import io.canopywave.tf.plan.ConfigValidation;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6.ReadDataSource;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6.ValidateDataResourceConfig;
import io.canopywave.tf.schema.Diagnostic;
import io.canopywave.tf.spi.DataSource;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;

/** The data source RPCs, dispatched by type name. */
final class DataSourceRpcs {
  private final TypeRegistry types;
  private final StateChecks checks;

  DataSourceRpcs(TypeRegistry types, RpcLog log) {
    this.types = types;
    this.checks = new StateChecks(log);
  }

  ValidateDataResourceConfig.Response validate(ValidateDataResourceConfig.Request request,
      Call call) {
    DataSource dataSource = types.dataSource(request.getTypeName());
    CtyType type = dataSource.schema().impliedType();
    CtyValue config = DynamicValues.decode(request.hasConfig(), request.getConfig(), type);
    ConfigValidation.validate(dataSource.schema(), config, call.op());
    dataSource.validateConfig(config, call.op());
    return ValidateDataResourceConfig.Response.getDefaultInstance();
  }

  ReadDataSource.Response read(ReadDataSource.Request request, Call call) {
    DataSource dataSource = types.dataSource(request.getTypeName());
    CtyType type = dataSource.schema().impliedType();
    CtyValue config = DynamicValues.decode(request.hasConfig(), request.getConfig(), type);
    CtyValue state = dataSource.read(config, call.op());
    if ((state == null || state.isNull()) && !call.op().diagnostics().hasErrors()) {
      call.op().diagnostics().add(Diagnostic.error("Provider returned no data",
          "The data source " + request.getTypeName() + " finished without an error but "
              + "returned no value. This is a bug in the provider; please report it."));
    }
    return ReadDataSource.Response.newBuilder()
        .setState(DynamicValues.encode(checks.state(dataSource.schema(), state, call), type))
        .build();
  }
}
