package io.canopywave.tf.protocol;

import com.google.protobuf.ByteString;
import io.canopywave.tf.plan.ConfigValidation;
import io.canopywave.tf.plan.PlanEngine;
import io.canopywave.tf.plan.PlanResult;
import io.canopywave.tf.plan.StateUpgrade;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6.ApplyResourceChange;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6.ImportResourceState;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6.PlanResourceChange;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6.ReadResource;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6.UpgradeResourceState;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6.ValidateResourceConfig;
import io.canopywave.tf.schema.Diagnostic;
import io.canopywave.tf.spi.ConfigValidatingResource;
import io.canopywave.tf.spi.ImportableResource;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.spi.Resource;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;

/** The managed resource RPCs, dispatched by type name to the provider's resources. */
final class ResourceRpcs {
  private final TypeRegistry types;
  private final StateChecks checks;

  ResourceRpcs(TypeRegistry types, RpcLog log) {
    this.types = types;
    this.checks = new StateChecks(log);
  }

  ValidateResourceConfig.Response validate(ValidateResourceConfig.Request request, Call call) {
    Resource resource = types.resource(request.getTypeName());
    CtyValue config = decode(resource, request.hasConfig(), request.getConfig());
    ConfigValidation.validate(resource.schema(), config, call.op());
    if (resource instanceof ConfigValidatingResource validating) {
      validating.validateConfig(config, call.op());
    }
    return ValidateResourceConfig.Response.getDefaultInstance();
  }

  UpgradeResourceState.Response upgrade(UpgradeResourceState.Request request, Call call) {
    Resource resource = types.resource(request.getTypeName());
    Tfplugin6.RawState raw = request.getRawState();
    if (raw.getJson().isEmpty() && raw.getFlatmapCount() > 0) {
      call.op().diagnostics().add(Diagnostic.error("Unsupported state format",
          "The stored state of this " + request.getTypeName() + " was written by Terraform "
              + "0.11 or older (flatmap format), which this provider cannot read. Remove it from "
              + "the state and import the object again."));
      return UpgradeResourceState.Response.getDefaultInstance();
    }
    CtyValue upgraded = raw.getJson().isEmpty()
        ? CtyValue.nullOf(type(resource))
        : StateUpgrade.upgrade(resource, request.getVersion(), raw.getJson().toByteArray(),
            call.op());
    return UpgradeResourceState.Response.newBuilder()
        .setUpgradedState(encode(resource, checks.state(resource.schema(), upgraded, call)))
        .build();
  }

  ReadResource.Response read(ReadResource.Request request, Call call) {
    Resource resource = types.resource(request.getTypeName());
    CtyValue current = decode(resource, request.hasCurrentState(), request.getCurrentState());
    CtyValue next = current.isNull() ? current : resource.read(current, call.op());
    return ReadResource.Response.newBuilder()
        .setNewState(encode(resource, checks.state(resource.schema(), next, call)))
        .setPrivate(request.getPrivate())
        .build();
  }

  PlanResourceChange.Response plan(PlanResourceChange.Request request, Call call) {
    Resource resource = types.resource(request.getTypeName());
    CtyValue prior = decode(resource, request.hasPriorState(), request.getPriorState());
    CtyValue proposed = decode(resource, request.hasProposedNewState(),
        request.getProposedNewState());
    CtyValue config = decode(resource, request.hasConfig(), request.getConfig());
    PlanResourceChange.Response.Builder out = PlanResourceChange.Response.newBuilder()
        .setPlannedPrivate(request.getPriorPrivate());
    if (proposed.isNull()) {
      // A destroy: nothing to plan beyond the null state.
      return out.setPlannedState(encode(resource, proposed)).build();
    }
    PlanResult result = PlanEngine.plan(resource, prior, proposed, config, call.op());
    if (result == null) {
      return out.build();
    }
    CtyValue planned = ResultRules.plan(resource.schema().block(), result.planned());
    out.setPlannedState(encode(resource, planned));
    result.requiresReplace().forEach(path ->
        out.addRequiresReplace(DiagnosticConverter.toProto(path)));
    return out.build();
  }

  ApplyResourceChange.Response apply(ApplyResourceChange.Request request, Call call) {
    Resource resource = types.resource(request.getTypeName());
    CtyValue prior = decode(resource, request.hasPriorState(), request.getPriorState());
    CtyValue planned = decode(resource, request.hasPlannedState(), request.getPlannedState());
    CtyValue config = decode(resource, request.hasConfig(), request.getConfig());
    Operation op = call.op();
    if (planned.isNull()) {
      resource.delete(prior, op);
      return ApplyResourceChange.Response.newBuilder()
          .setNewState(encode(resource, planned))
          .build();
    }
    CtyValue next = prior.isNull()
        ? resource.create(planned, config, op)
        : resource.update(prior, planned, config, op);
    if (isNull(next) && !op.diagnostics().hasErrors()) {
      op.diagnostics().add(missingObject(request.getTypeName(), prior.isNull()));
    }
    return ApplyResourceChange.Response.newBuilder()
        .setNewState(encode(resource, checks.state(resource.schema(), next, call)))
        .setPrivate(request.getPlannedPrivate())
        .build();
  }

  ImportResourceState.Response importState(ImportResourceState.Request request, Call call) {
    Resource resource = types.resource(request.getTypeName());
    if (!(resource instanceof ImportableResource importable)) {
      call.op().diagnostics().add(Diagnostic.error("Import not supported",
          "The resource type " + request.getTypeName() + " cannot be imported: create it with "
              + "this provider instead."));
      return ImportResourceState.Response.getDefaultInstance();
    }
    CtyValue state = importable.importState(request.getId(), call.op());
    if (isNull(state)) {
      if (!call.op().diagnostics().hasErrors()) {
        call.op().diagnostics().add(Diagnostic.error("Cannot import non-existent remote object",
            "No " + request.getTypeName() + " with id \"" + request.getId() + "\" was found."));
      }
      return ImportResourceState.Response.getDefaultInstance();
    }
    return ImportResourceState.Response.newBuilder()
        .addImportedResources(ImportResourceState.ImportedResource.newBuilder()
            .setTypeName(request.getTypeName())
            .setState(encode(resource, checks.state(resource.schema(), state, call)))
            .setPrivate(ByteString.EMPTY))
        .build();
  }

  private static Diagnostic missingObject(String typeName, boolean creating) {
    return Diagnostic.error("Provider returned no object",
        "The " + typeName + " " + (creating ? "create" : "update") + " finished without an "
            + "error but returned no object. This is a bug in the provider; please report it.");
  }

  private static boolean isNull(CtyValue value) {
    return value == null || value.isNull();
  }

  private static CtyType type(Resource resource) {
    return resource.schema().impliedType();
  }

  private static CtyValue decode(Resource resource, boolean present, Tfplugin6.DynamicValue v) {
    CtyValue value = DynamicValues.decode(present, v, type(resource));
    SensitiveValues.register(resource.schema().block(), value);
    return value;
  }

  private static Tfplugin6.DynamicValue encode(Resource resource, CtyValue value) {
    SensitiveValues.register(resource.schema().block(), value);
    return DynamicValues.encode(value, type(resource));
  }
}
