package io.canopywave.tf.resource.floatingip;

import static io.canopywave.tf.resource.floatingip.FloatingIpAssociationSchema.FLOATING_IP_ID;
import static io.canopywave.tf.resource.floatingip.FloatingIpAssociationSchema.ID;
import static io.canopywave.tf.resource.floatingip.FloatingIpAssociationSchema.INSTANCE_ID;

import io.canopywave.tf.api.ApiException;
import io.canopywave.tf.api.CacheMode;
import io.canopywave.tf.api.WaitException;
import io.canopywave.tf.api.model.PublicIp;
import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.cancel.Cancellation.CancelledException;
import io.canopywave.tf.plan.Timeouts;
import io.canopywave.tf.resource.common.ApiDiagnostics;
import io.canopywave.tf.resource.common.ConnectionSource;
import io.canopywave.tf.resource.common.ScopeAttributes;
import io.canopywave.tf.resource.common.ScopedResource;
import io.canopywave.tf.resource.common.ScopedState;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.value.CtyValue;
import io.canopywave.tf.value.ObjectReader;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code canopywave_floating_ip_association}: points an existing floating IP at an instance,
 * moves it in place when the instance changes, and disassociates it (never releases it) on
 * destroy.
 */
public final class FloatingIpAssociationResource extends ScopedResource {

  public FloatingIpAssociationResource(ConnectionSource connections) {
    super(FloatingIpAssociationSchema.TYPE_NAME, FloatingIpAssociationSchema.SCHEMA, connections);
  }

  @Override
  public CtyValue create(CtyValue planned, CtyValue config, Operation op) {
    IpAssociations associations = new IpAssociations(connections.get().client());
    ObjectReader plan = ObjectReader.of(planned);
    Scope scope = ScopeAttributes.of(planned);
    String ipId = plan.string(FLOATING_IP_ID);
    String instanceId = plan.string(INSTANCE_ID);
    Duration timeout = Timeouts.of(planned).create(FloatingIpAssociationSchema.CREATE_TIMEOUT);
    FloatingIpAssociationState state = new FloatingIpAssociationState(ipId, instanceId, scope);
    String what = describe(ipId, instanceId);
    try {
      if (associations.find(scope, ipId, CacheMode.FRESH).isEmpty()) {
        op.diagnostics().error(AttributePath.of(FLOATING_IP_ID), "Floating IP not found",
            "The floating IP " + ipId + " is not among the floating IPs of project \""
                + scope.project() + "\" in region \"" + scope.region() + "\". Check the id"
                + " and the association's `project` and `region`.");
        return null;
      }
      associations.associate(scope, ipId, instanceId, timeout);
      return state.toValue(plan.value(Timeouts.BLOCK_NAME));
    } catch (ApiException e) {
      op.diagnostics().add(ApiDiagnostics.of(e, "create " + what, IpAssociations.pathOf(e)));
      return null;
    } catch (WaitException e) {
      // The association may have been made: recording it lets the next apply start over.
      op.diagnostics().add(ApiDiagnostics.waitFailed(e, "Timed out creating " + what));
      return state.toValue(plan.value(Timeouts.BLOCK_NAME));
    } catch (CancelledException e) {
      // As after a timeout: the next refresh drops the record if nothing was associated.
      op.diagnostics().add(ApiDiagnostics.cancelledAfterCreate(
          "association of floating IP " + ipId + " with instance " + instanceId));
      return state.toValue(plan.value(Timeouts.BLOCK_NAME));
    }
  }

  @Override
  public CtyValue read(CtyValue current, Operation op) {
    IpAssociations associations = new IpAssociations(connections.get().client());
    ObjectReader prior = ObjectReader.of(current);
    Scope scope = ScopeAttributes.of(current);
    String ipId = prior.string(FLOATING_IP_ID);
    try {
      Optional<PublicIp> found = associations.find(scope, ipId, CacheMode.SHARED);
      if (found.isEmpty() || found.get().server() == null) {
        return CtyValue.nullOf(schema().impliedType());
      }
      String instanceId = associations.instanceIdOf(scope, found.get().server(),
          prior.string(INSTANCE_ID), null);
      return new FloatingIpAssociationState(ipId, instanceId, scope)
          .toValue(prior.value(Timeouts.BLOCK_NAME));
    } catch (ApiException e) {
      op.diagnostics().add(ApiDiagnostics.of(e, "read the association of floating IP " + ipId));
      return current;
    }
  }

  @Override
  public CtyValue update(CtyValue prior, CtyValue planned, CtyValue config, Operation op) {
    ObjectReader before = ObjectReader.of(prior);
    ObjectReader plan = ObjectReader.of(planned);
    String to = plan.string(INSTANCE_ID);
    if (Objects.equals(before.string(INSTANCE_ID), to)) {
      return planned;
    }
    IpAssociations associations = new IpAssociations(connections.get().client());
    Scope scope = ScopeAttributes.of(prior);
    String ipId = before.string(FLOATING_IP_ID);
    Duration timeout = Timeouts.of(planned).update(FloatingIpAssociationSchema.UPDATE_TIMEOUT);
    String what = "floating IP " + ipId;
    try {
      if (associations.move(scope, ipId, to, true, timeout).isEmpty()) {
        op.diagnostics().error("The " + what + " no longer exists",
            "It was released outside Terraform, so it cannot be moved to instance " + to + ".");
        return null;
      }
      return new FloatingIpAssociationState(ipId, to, scope)
          .toValue(plan.value(Timeouts.BLOCK_NAME));
    } catch (ApiException e) {
      op.diagnostics().add(ApiDiagnostics.of(e, "move " + what + " to instance " + to,
          IpAssociations.pathOf(e)));
    } catch (WaitException e) {
      op.diagnostics().add(ApiDiagnostics.waitFailed(e, "Timed out moving " + what));
    }
    // The address may be on neither instance now: the next refresh reads where it is.
    return prior;
  }

  @Override
  public void delete(CtyValue prior, Operation op) {
    IpAssociations associations = new IpAssociations(connections.get().client());
    ObjectReader state = ObjectReader.of(prior);
    Scope scope = ScopeAttributes.of(prior);
    String ipId = state.string(FLOATING_IP_ID);
    try {
      Optional<PublicIp> found = associations.find(scope, ipId, CacheMode.FRESH);
      if (found.isPresent() && found.get().server() != null) {
        associations.disassociate(scope, ipId);
      }
    } catch (ApiException e) {
      if (!e.is(ApiException.Kind.NOT_FOUND)) {
        op.diagnostics().add(ApiDiagnostics.of(e,
            "delete " + describe(ipId, state.string(INSTANCE_ID))));
      }
    }
  }

  @Override
  public CtyValue importState(String id, Operation op) {
    return ScopedState.imported(id, schema(), connections, FLOATING_IP_ID,
        "5bb56a56-372f-41ff-b746-52460f03e99d", (parsed, state) -> state.set(ID, parsed.id()),
        op.diagnostics());
  }

  private static String describe(String ipId, String instanceId) {
    return "the association of floating IP " + ipId + " with instance " + instanceId;
  }
}
