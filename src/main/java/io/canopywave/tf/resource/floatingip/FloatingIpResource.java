package io.canopywave.tf.resource.floatingip;

import static io.canopywave.tf.resource.floatingip.FloatingIpSchema.ADDRESS;
import static io.canopywave.tf.resource.floatingip.FloatingIpSchema.ID;
import static io.canopywave.tf.resource.floatingip.FloatingIpSchema.INSTANCE_ID;
import static io.canopywave.tf.resource.floatingip.FloatingIpSchema.INSTANCE_NAME;

import io.canopywave.tf.api.ApiException;
import io.canopywave.tf.api.CacheMode;
import io.canopywave.tf.api.CanopyWaveClient;
import io.canopywave.tf.api.Sleeper;
import io.canopywave.tf.api.WaitException;
import io.canopywave.tf.api.model.AllocatedIp;
import io.canopywave.tf.api.model.PublicIp;
import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.cancel.Cancellation;
import io.canopywave.tf.plan.Timeouts;
import io.canopywave.tf.resource.common.ApiDiagnostics;
import io.canopywave.tf.resource.common.ConnectionSource;
import io.canopywave.tf.resource.common.Deadline;
import io.canopywave.tf.resource.common.Deletion;
import io.canopywave.tf.resource.common.GoneStatus;
import io.canopywave.tf.resource.common.ScopeAttributes;
import io.canopywave.tf.resource.common.ScopedResource;
import io.canopywave.tf.resource.common.ScopedState;
import io.canopywave.tf.resource.common.Visibility;
import io.canopywave.tf.schema.Diagnostic;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.value.CtyValue;
import io.canopywave.tf.value.ObjectReader;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code canopywave_floating_ip}: allocates an address, associates it with the instance named
 * by {@code instance_id} (if any), moves it in place when that changes, and releases it on
 * destroy.
 */
public final class FloatingIpResource extends ScopedResource {
  /** How long to look for the address of an allocation whose answer was lost. */
  private static final Duration ADOPTION_WINDOW = Duration.ofSeconds(30);

  private final IpAllocator allocator = new IpAllocator();

  public FloatingIpResource(ConnectionSource connections) {
    super(FloatingIpSchema.TYPE_NAME, FloatingIpSchema.SCHEMA, connections);
  }

  @Override
  public CtyValue create(CtyValue planned, CtyValue config, Operation op) {
    CanopyWaveClient client = connections.get().client();
    ObjectReader plan = ObjectReader.of(planned);
    Scope scope = ScopeAttributes.of(planned);
    CtyValue timeouts = plan.value(Timeouts.BLOCK_NAME);
    Deadline deadline =
        Deadline.in(Timeouts.of(planned).create(FloatingIpSchema.CREATE_TIMEOUT));
    String where = where(scope);

    AllocatedIp allocated;
    try {
      allocated = allocator.allocate(client.publicIps(), client.waiter(),
          Sleeper.of(client.settings().cancellation()), scope,
          shorter(deadline.remaining(), ADOPTION_WINDOW));
    } catch (IpAllocator.AmbiguousAllocationException e) {
      op.diagnostics().add(ambiguousAllocation(e, scope));
      return null;
    } catch (ApiException e) {
      op.diagnostics().add(ApiDiagnostics.of(e, "allocate a floating IP " + where));
      return null;
    }

    // From here on the address exists: every failure returns it, so the state records it.
    FloatingIpState state = FloatingIpState.allocated(allocated.id(), allocated.ip(), scope);
    String what = describe(state);
    IpAssociations associations = new IpAssociations(client);
    try {
      PublicIp listed = Visibility.await(client.waiter(), what,
          () -> associations.find(scope, allocated.id(), CacheMode.FRESH), deadline.remaining());
      state = FloatingIpState.fromApi(listed, scope, null).withAddressFallback(allocated.ip());
      String instanceId = plan.string(INSTANCE_ID);
      if (instanceId != null) {
        PublicIp associated =
            associations.associate(scope, allocated.id(), instanceId, deadline.remaining());
        state = FloatingIpState.fromApi(associated, scope, instanceId)
            .withAddressFallback(allocated.ip());
      }
    } catch (ApiException e) {
      op.diagnostics().add(ApiDiagnostics.of(e, "set up " + what, IpAssociations.pathOf(e)));
    } catch (WaitException e) {
      op.diagnostics().add(ApiDiagnostics.waitFailed(e, "Timed out setting up " + what));
    } catch (Cancellation.CancelledException e) {
      op.diagnostics().add(ApiDiagnostics.cancelledAfterCreate(what));
    }
    return state.toValue(timeouts);
  }

  @Override
  public CtyValue read(CtyValue current, Operation op) {
    CanopyWaveClient client = connections.get().client();
    ObjectReader prior = ObjectReader.of(current);
    Scope scope = ScopeAttributes.of(current);
    String id = prior.string(ID);
    IpAssociations associations = new IpAssociations(client);
    try {
      Optional<PublicIp> found = associations.find(scope, id, CacheMode.SHARED);
      if (found.isEmpty() || GoneStatus.isGone(found.get().status())) {
        return CtyValue.nullOf(schema().impliedType());
      }
      PublicIp ip = found.get();
      String priorInstance = prior.string(INSTANCE_ID);
      // An unset instance_id leaves the association to others (an association resource).
      // Limitation: an import cannot tell whether the configuration sets instance_id or an
      // association resource manages the address, so it leaves instance_id null (only
      // instance_name shows the association). With instance_id in the configuration, the first
      // plan after the import shows it being set; that apply finds the address already there
      // and calls nothing.
      String instanceId = priorInstance == null ? null
          : associations.instanceIdOf(scope, ip.server(), priorInstance,
              prior.string(INSTANCE_NAME));
      return FloatingIpState.fromApi(ip, scope, instanceId)
          .toValue(prior.value(Timeouts.BLOCK_NAME));
    } catch (ApiException e) {
      op.diagnostics().add(ApiDiagnostics.of(e, "read floating IP " + id + " " + where(scope)));
      return current;
    }
  }

  @Override
  public CtyValue update(CtyValue prior, CtyValue planned, CtyValue config, Operation op) {
    ObjectReader before = ObjectReader.of(prior);
    ObjectReader plan = ObjectReader.of(planned);
    String from = before.string(INSTANCE_ID);
    String to = plan.string(INSTANCE_ID);
    if (Objects.equals(from, to)) {
      return planned;
    }
    CanopyWaveClient client = connections.get().client();
    Scope scope = ScopeAttributes.of(prior);
    String id = before.string(ID);
    CtyValue timeouts = plan.value(Timeouts.BLOCK_NAME);
    Duration timeout = Timeouts.of(planned).update(FloatingIpSchema.UPDATE_TIMEOUT);
    IpAssociations associations = new IpAssociations(client);
    String what = "floating IP " + id + " (" + before.string(ADDRESS) + ")";
    try {
      Optional<PublicIp> moved = associations.move(scope, id, to, from != null, timeout);
      if (moved.isEmpty()) {
        op.diagnostics().error("The " + what + " no longer exists",
            "It was released outside Terraform while it was being moved. Run `tofu apply`"
                + " again to allocate a new address.");
        return null;
      }
      return FloatingIpState.fromApi(moved.get(), scope, to)
          .withAddressFallback(before.string(ADDRESS))
          .toValue(timeouts);
    } catch (ApiException e) {
      op.diagnostics().add(ApiDiagnostics.of(e, "move " + what, IpAssociations.pathOf(e)));
    } catch (WaitException e) {
      op.diagnostics().add(ApiDiagnostics.waitFailed(e, "Timed out moving " + what));
    }
    return bestKnown(associations, prior, scope, to, timeouts);
  }

  /** After a failed move: the IP as the list shows it now, or the prior state. */
  private CtyValue bestKnown(IpAssociations associations, CtyValue prior, Scope scope,
      String to, CtyValue timeouts) {
    ObjectReader before = ObjectReader.of(prior);
    try {
      return associations.find(scope, before.string(ID), CacheMode.FRESH)
          .map(ip -> FloatingIpState.fromApi(ip, scope,
                  associations.instanceIdOf(scope, ip.server(), to, null))
              .withAddressFallback(before.string(ADDRESS))
              .toValue(timeouts))
          .map(CtyValue.class::cast)
          .orElse(prior);
    } catch (ApiException e) {
      return prior;
    }
  }

  @Override
  public void delete(CtyValue prior, Operation op) {
    CanopyWaveClient client = connections.get().client();
    ObjectReader state = ObjectReader.of(prior);
    Scope scope = ScopeAttributes.of(prior);
    String id = state.string(ID);
    String what = "floating IP " + id + " (" + state.string(ADDRESS) + ")";
    Duration timeout = Timeouts.of(prior).delete(FloatingIpSchema.DELETE_TIMEOUT);
    IpAssociations associations = new IpAssociations(client);
    try {
      Optional<PublicIp> found = associations.find(scope, id, CacheMode.FRESH);
      if (found.isEmpty()) {
        return;
      }
      if (found.get().server() != null || state.string(INSTANCE_ID) != null) {
        disassociateBeforeRelease(associations, scope, id);
      }
      Deletion.run(client.waiter(), what, () -> client.publicIps().release(scope, id), timeout);
    } catch (ApiException e) {
      if (!e.is(ApiException.Kind.NOT_FOUND)) {
        op.diagnostics().add(ApiDiagnostics.of(e, "release " + what));
      }
    } catch (WaitException e) {
      op.diagnostics().add(ApiDiagnostics.waitFailed(e, "Timed out releasing " + what));
    }
  }

  /**
   * Disassociates the IP ahead of its release. A 404 here is not proof that the IP is gone
   * (the API may answer so for a missing association): the release that follows decides.
   */
  private static void disassociateBeforeRelease(IpAssociations associations, Scope scope,
      String id) {
    try {
      associations.disassociate(scope, id);
    } catch (ApiException e) {
      if (!e.is(ApiException.Kind.NOT_FOUND)) {
        throw e;
      }
    }
  }

  @Override
  public CtyValue importState(String id, Operation op) {
    return ScopedState.imported(id, schema(), connections, ID,
        "5bb56a56-372f-41ff-b746-52460f03e99d", (parsed, state) -> state, op.diagnostics());
  }

  private static Diagnostic ambiguousAllocation(IpAllocator.AmbiguousAllocationException e,
      Scope scope) {
    return Diagnostic.error("A floating IP may have been allocated " + where(scope),
        e.failure().getMessage() + " (a second address would be allocated if it had"
            + " been). The provider could not find the new address either: "
            + e.getMessage() + ". Check the floating IPs of project \"" + scope.project()
            + "\" in region \"" + scope.region() + "\" (for example with the"
            + " `canopywave_floating_ips` data source): import an unexpected new one"
            + " (`tofu import canopywave_floating_ip.<name> '" + scope.project() + "/"
            + scope.region() + "/<id>'`) or release it, then apply again.");
  }

  private static String describe(FloatingIpState state) {
    return "floating IP " + state.id()
        + (state.address() == null ? "" : " (" + state.address() + ")");
  }

  private static Duration shorter(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static String where(Scope scope) {
    return "in project \"" + scope.project() + "\" region \"" + scope.region() + "\"";
  }
}
