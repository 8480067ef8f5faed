package io.canopywave.tf.api;

import static io.canopywave.tf.api.ListCache.Kind.INSTANCES;
import static io.canopywave.tf.api.ListCache.Kind.PUBLIC_IPS;
import static io.canopywave.tf.api.ListCache.Kind.RUNNING_INSTANCES;

import io.canopywave.tf.api.http.ApiRequest;
import io.canopywave.tf.api.http.Envelope;
import io.canopywave.tf.api.model.InstanceDetail;
import io.canopywave.tf.api.model.InstanceSummary;
import io.canopywave.tf.api.model.LaunchRequest;
import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.api.model.TerminateResult;
import java.util.List;
import java.util.Optional;

/** Instances: lists, detail, launch, restart, terminate. */
public final class InstancesApi {
  private static final List<String> OPERATIONS = List.of("instance-operations");

  private final Calls calls;

  InstancesApi(Calls calls) {
    this.calls = calls;
  }

  /** {@code GET /instances?project=P[&region=R]}; a null region lists every region. */
  public List<InstanceSummary> list(String project, String region, CacheMode mode) {
    return calls.list(INSTANCES, project, region, mode,
        ApiRequest.get(List.of("instances"), ApiRequest.scope(project, region)),
        InstanceSummary::fromJson);
  }

  public List<InstanceSummary> list(Scope scope) {
    return list(scope.project(), scope.region(), CacheMode.SHARED);
  }

  /** {@code GET /instances/running?project=P&region=R}: the active instances. */
  public List<InstanceSummary> listRunning(Scope scope, CacheMode mode) {
    return calls.list(RUNNING_INSTANCES, scope.project(), scope.region(), mode,
        ApiRequest.get(List.of("instances", "running"),
            ApiRequest.scope(scope.project(), scope.region())),
        InstanceSummary::fromJson);
  }

  /** The instance of {@code scope} named {@code name} (names are unique), if any. */
  public Optional<InstanceSummary> findByName(Scope scope, String name, CacheMode mode) {
    return list(scope.project(), scope.region(), mode).stream()
        .filter(instance -> name.equals(instance.name()))
        .findFirst();
  }

  /** {@code GET /instances/<id>?project=P&region=R}: the OpenStack detail document. */
  public InstanceDetail get(Scope scope, String id) {
    return calls.read(
        ApiRequest.get(List.of("instances", id), ApiRequest.scope(scope.project(),
            scope.region())),
        answer -> InstanceDetail.fromJson(Envelope.data(answer)));
  }

  /**
   * {@code POST /instance-operations/launch}: the new instance's id. Sent once, never repeated:
   * after an error whose {@link ApiException#outcomeUnknown} is true, look the name up.
   */
  public String launch(LaunchRequest request) {
    Scope scope = request.scope();
    return calls.write(ApiRequest.post(op("launch"), request.toJson()), Calls::createdId,
        scope.project(), scope.region(), INSTANCES, RUNNING_INSTANCES);
  }

  /** {@code POST /instance-operations/restart}: the restarted instance's id. */
  public String restart(Scope scope, String id) {
    return calls.write(ApiRequest.post(op("restart"), Calls.body(scope, "id", id)),
        Calls::createdId, scope.project(), scope.region(), INSTANCES, RUNNING_INSTANCES);
  }

  /** {@code POST /instance-operations/terminate}, answered without the data envelope. */
  public TerminateResult terminate(Scope scope, String id) {
    return calls.write(ApiRequest.post(op("terminate"), Calls.body(scope, "id", id)),
        answer -> TerminateResult.fromJson(Envelope.dataOrBare(answer)),
        scope.project(), scope.region(), INSTANCES, RUNNING_INSTANCES, PUBLIC_IPS);
  }

  private static List<String> op(String operation) {
    return List.of(OPERATIONS.getFirst(), operation);
  }
}
