package io.canopywave.tf.resource.instance;

import static io.canopywave.tf.resource.instance.InstanceSchema.CREATE_TIMEOUT;
import static io.canopywave.tf.resource.instance.InstanceSchema.DELETE_TIMEOUT;
import static io.canopywave.tf.resource.instance.InstanceSchema.ID;
import static io.canopywave.tf.resource.instance.InstanceSchema.NAME;
import static io.canopywave.tf.resource.instance.InstanceSchema.UPDATE_TIMEOUT;

import io.canopywave.tf.api.AmbiguousCreateException;
import io.canopywave.tf.api.ApiException;
import io.canopywave.tf.api.CacheMode;
import io.canopywave.tf.api.CanopyWaveClient;
import io.canopywave.tf.api.CreateOnce;
import io.canopywave.tf.api.WaitException;
import io.canopywave.tf.api.Waiter;
import io.canopywave.tf.api.model.InstanceDetail;
import io.canopywave.tf.api.model.InstanceSummary;
import io.canopywave.tf.api.model.LaunchRequest;
import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.cancel.Cancellation.CancelledException;
import io.canopywave.tf.plan.Timeouts;
import io.canopywave.tf.resource.common.ApiDiagnostics;
import io.canopywave.tf.resource.common.Connection;
import io.canopywave.tf.resource.common.ConnectionSource;
import io.canopywave.tf.resource.common.Deadline;
import io.canopywave.tf.resource.common.Deletion;
import io.canopywave.tf.resource.common.ScopeAttributes;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.schema.validators.GoDuration;
import io.canopywave.tf.spi.ConfigValidatingResource;
import io.canopywave.tf.spi.ImportableResource;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.spi.PlanModifyingResource;
import io.canopywave.tf.value.CtyValue;
import io.canopywave.tf.value.ObjectReader;
import io.canopywave.tf.value.Values;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * {@code canopywave_instance}: launch, refresh, restart in place, terminate, import. The
 * lifecycle rules are in {@link InstanceSchema}'s description, which the documentation shows.
 */
public final class InstanceResource
    implements PlanModifyingResource, ImportableResource, ConfigValidatingResource {
  /** How long an uncertain launch looks for the instance by name (at most the create timeout). */
  static final Duration ADOPT_WINDOW = Duration.ofMinutes(1);

  private final Schema schema = InstanceSchema.schema();
  private final ConnectionSource connections;
  private final Function<CanopyWaveClient, Waiter> waiters;
  private final CatalogueSource catalogues = new CatalogueSource();
  private final InstancePlan plan;

  public InstanceResource(ConnectionSource connections) {
    this(connections, CanopyWaveClient::waiter);
  }

  /** @param waiters the waiter for a client's polls (tests use short pauses) */
  InstanceResource(ConnectionSource connections, Function<CanopyWaveClient, Waiter> waiters) {
    this.connections = connections;
    this.waiters = waiters;
    this.plan = new InstancePlan(schema.block(), c -> catalogues.get(c.client()));
  }

  @Override
  public String typeName() {
    return InstanceSchema.TYPE_NAME;
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public void validateConfig(CtyValue config, Operation op) {
    if (!(config instanceof CtyValue.ObjectVal object)) {
      return;
    }
    CtyValue password = object.get(InstanceSchema.PASSWORD);
    CtyValue writeOnly = object.get(InstanceSchema.PASSWORD_WO);
    if (!password.isKnown() || !writeOnly.isKnown()) {
      return;
    }
    if (password.isNull() && writeOnly.isNull()) {
      op.diagnostics().add(InstanceDiagnostics.passwordMissing());
    } else if (!password.isNull() && !writeOnly.isNull()) {
      op.diagnostics().add(InstanceDiagnostics.passwordTwice());
    }
  }

  @Override
  public CtyValue modifyPlan(CtyValue prior, CtyValue config, CtyValue planned,
      Set<AttributePath> requiresReplace, Operation op) {
    return plan.modify(prior, config, planned, requiresReplace, connections.ifReady(),
        op.diagnostics());
  }

  @Override
  public CtyValue create(CtyValue planned, CtyValue config, Operation op) {
    Connection connection = connections.get();
    CanopyWaveClient client = connection.client();
    ObjectReader plan = ObjectReader.of(planned);
    String password = password(plan, config);
    if (password == null) {
      op.diagnostics().add(InstanceDiagnostics.passwordMissing());
      return nothing();
    }
    LaunchRequest request = new LaunchRequest(ScopeAttributes.of(planned), plan.string(NAME),
        plan.string(InstanceSchema.FLAVOR), plan.string(InstanceSchema.IMAGE), password,
        plan.string(InstanceSchema.KEYPAIR), plan.bool(InstanceSchema.IS_MONITORING));
    Duration timeout = Timeouts.of(planned).create(CREATE_TIMEOUT);
    Deadline deadline = Deadline.in(timeout);
    String id;
    try {
      id = launch(client, request, min(timeout, ADOPT_WINDOW));
    } catch (AmbiguousCreateException e) {
      op.diagnostics().add(InstanceDiagnostics.withoutSecret(
          ApiDiagnostics.ambiguousCreate(e, "instance", request.name(),
              request.scope().project() + "/" + request.scope().region() + "/<id>"),
          password));
      return nothing();
    } catch (ApiException e) {
      op.diagnostics().add(InstanceDiagnostics.withoutSecret(
          InstanceDiagnostics.launchRefused(e, request), password));
      return nothing();
    } catch (CancelledException e) {
      // Limitation: a stop that cuts off the launch POST (or the name lookup after an
      // uncertain answer) leaves no id to record: an instance launched anyway is not in the
      // state, and the error says to look for it.
      op.diagnostics().add(InstanceDiagnostics.cancelledDuringLaunch(request));
      return nothing();
    }
    // From here on the instance exists: every failure returns it, so the state keeps it.
    String what = InstanceDiagnostics.what(request.name(), id);
    CtyValue launched = ObjectReader.of(planned).object().with(ID, CtyValue.string(id));
    AtomicReference<InstanceDetail> last = new AtomicReference<>();
    try {
      InstanceDetail active = waits(client).awaitActive(request.scope(), id, what,
          deadline.remaining(), last);
      return StateFill.fill(planned, observed(client, request.scope(), active, launched));
    } catch (WaitException e) {
      op.diagnostics().add(InstanceDiagnostics.createWaitFailed(e, what,
          GoDuration.format(timeout)));
    } catch (ApiException e) {
      op.diagnostics().add(InstanceDiagnostics.afterLaunch(e, what));
    } catch (CancelledException e) {
      op.diagnostics().add(ApiDiagnostics.cancelledAfterCreate(what));
    }
    return partial(client, request.scope(), launched, last.get());
  }

  /** Sends the launch once; after an uncertain failure, finds the instance by its name. */
  private static String launch(CanopyWaveClient client, LaunchRequest request, Duration window) {
    Scope scope = request.scope();
    return CreateOnce.of(client).create(
        InstanceDiagnostics.what(request.name(), null),
        () -> client.instances().launch(request),
        () -> client.instances().findByName(scope, request.name(), CacheMode.FRESH)
            .map(InstanceSummary::id),
        window);
  }

  /** The state after a failure past the launch: the plan, with what was last seen filled in. */
  private CtyValue partial(CanopyWaveClient client, Scope scope, CtyValue launched,
      InstanceDetail last) {
    if (last != null) {
      try {
        return StateFill.fill(launched, observed(client, scope, last, launched));
      } catch (ApiException | CancelledException e) {
        // The catalogue or list is unavailable, or the client stopped the provider (which
        // ends every call): the last status seen and the id keep the instance in the state.
        return StateFill.fill(launched, withStatus(launched, last));
      }
    }
    return StateFill.fill(launched, launched);
  }

  @Override
  public CtyValue read(CtyValue current, Operation op) {
    Connection connection = connections.get();
    ObjectReader state = ObjectReader.of(current);
    Scope scope = ScopeAttributes.of(current);
    String id = state.string(ID);
    try {
      InstanceDetail detail = waits(connection.client()).detailOrNull(scope, id);
      if (detail == null || InstanceWaits.status(detail).isGone()) {
        return nothing();
      }
      return observed(connection.client(), scope, detail, current);
    } catch (ApiException e) {
      op.diagnostics().add(ApiDiagnostics.of(e,
          "read " + InstanceDiagnostics.what(state.string(NAME), id)));
      return current;
    }
  }

  /** {@code base} with what the detail and the instance list say. */
  private CtyValue.ObjectVal observed(CanopyWaveClient client, Scope scope,
      InstanceDetail detail, CtyValue base) {
    InstanceSummary summary = client.instances().list(scope).stream()
        .filter(instance -> instance.id().equals(detail.id()))
        .findFirst()
        .orElse(null);
    return InstanceModel.fromApi(detail, summary, catalogues.get(client), base).toState(base);
  }

  @Override
  public CtyValue update(CtyValue prior, CtyValue planned, CtyValue config, Operation op) {
    boolean restart = RestartTriggers.restartNeeded(prior, planned);
    if (!restart && planned.isWhollyKnown()) {
      // Only recorded values changed (timeouts, or arguments the API cannot report).
      return planned;
    }
    CanopyWaveClient client = connections.get().client();
    Scope scope = ScopeAttributes.of(prior);
    String id = ObjectReader.of(prior).string(ID);
    String what = InstanceDiagnostics.what(ObjectReader.of(prior).string(NAME), id);
    Duration timeout = Timeouts.of(planned).update(UPDATE_TIMEOUT);
    InstanceWaits waits = waits(client);
    AtomicReference<InstanceDetail> last = new AtomicReference<>();
    boolean restarted = false;
    try {
      if (restart) {
        // Limitation: the wait ends at the first `active` answer, so an API that still reports
        // the old `active` for a moment after accepting the restart ends it before the reboot.
        client.instances().restart(scope, id);
        restarted = true;
        waits.awaitActive(scope, id, what, timeout, last);
      }
      InstanceDetail detail = waits.detailOrNull(scope, id);
      if (detail == null) {
        op.diagnostics().add(InstanceDiagnostics.vanished(what, "after the update"));
        return StateFill.fill(planned, prior);
      }
      return StateFill.fill(planned, observed(client, scope, detail, prior));
    } catch (ApiException e) {
      op.diagnostics().add(ApiDiagnostics.of(e, (restart ? "restart " : "read ") + what));
      // A refused restart changed nothing; the next plan proposes it again.
      return restarted ? StateFill.fill(planned, prior) : prior;
    } catch (WaitException e) {
      op.diagnostics().add(InstanceDiagnostics.restartWaitFailed(e, what));
      CtyValue seen = last.get() == null ? prior : withStatus(prior, last.get());
      return StateFill.fill(planned, seen);
    }
  }

  private static CtyValue withStatus(CtyValue state, InstanceDetail detail) {
    return ObjectReader.of(state).object().with(InstanceSchema.STATUS,
        CtyValue.string(InstanceWaits.status(detail).stateValue()));
  }

  @Override
  public void delete(CtyValue prior, Operation op) {
    CanopyWaveClient client = connections.get().client();
    ObjectReader state = ObjectReader.of(prior);
    Scope scope = ScopeAttributes.of(prior);
    String id = state.string(ID);
    InstanceWaits waits = waits(client);
    Deletion.deleteAndAwaitGone(waiters.apply(client),
        InstanceDiagnostics.what(state.string(NAME), id),
        () -> client.instances().terminate(scope, id),
        () -> waits.isGone(scope, id),
        Timeouts.of(prior).delete(DELETE_TIMEOUT), op.diagnostics());
  }

  @Override
  public CtyValue importState(String id, Operation op) {
    return ScopeAttributes.importId(id, connections, "id", "9bc56d2b-411b-47c3-b93a-691c3931009c",
            op.diagnostics())
        .<CtyValue>map(found -> Values.objectBuilder(schema.impliedType())
            .set(ID, found.id())
            .set(ScopeAttributes.PROJECT, found.project())
            .set(ScopeAttributes.REGION, found.region())
            .build())
        .orElseGet(this::nothing);
  }

  private CtyValue nothing() {
    return CtyValue.nullOf(schema.impliedType());
  }

  private InstanceWaits waits(CanopyWaveClient client) {
    return new InstanceWaits(waiters.apply(client), client.instances());
  }

  /** The configured password: {@code password} from the plan, else {@code password_wo}. */
  private static String password(ObjectReader plan, CtyValue config) {
    String plain = plan.string(InstanceSchema.PASSWORD);
    if (plain != null) {
      return plain;
    }
    return config instanceof CtyValue.ObjectVal object
        && object.get(InstanceSchema.PASSWORD_WO) instanceof CtyValue.Str(String writeOnly)
        ? writeOnly : null;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

}
