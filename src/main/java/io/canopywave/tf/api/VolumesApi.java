package io.canopywave.tf.api;

import static io.canopywave.tf.api.ListCache.Kind.VOLUMES;

import io.canopywave.tf.api.http.ApiRequest;
import io.canopywave.tf.api.model.NewVolume;
import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.api.model.Volume;
import java.util.List;
import java.util.Optional;

/** Block storage volumes. */
public final class VolumesApi {
  private static final List<String> PATH = List.of("volumes");

  private final Calls calls;

  VolumesApi(Calls calls) {
    this.calls = calls;
  }

  /** {@code GET /volumes?project=P&region=R}. */
  public List<Volume> list(Scope scope, CacheMode mode) {
    return calls.list(VOLUMES, scope.project(), scope.region(), mode,
        ApiRequest.get(PATH, ApiRequest.scope(scope.project(), scope.region())),
        node -> Volume.fromJson(node, scope.region()));
  }

  public Optional<Volume> find(Scope scope, String id, CacheMode mode) {
    return list(scope, mode).stream().filter(v -> v.id().equals(id)).findFirst();
  }

  public Optional<Volume> findByName(Scope scope, String name, CacheMode mode) {
    return list(scope, mode).stream().filter(v -> name.equals(v.name())).findFirst();
  }

  /** {@code POST /volumes}: the new volume's id. Sent once, never repeated. */
  public String create(NewVolume volume) {
    return calls.write(ApiRequest.post(PATH, volume.toJson()), Calls::createdId,
        volume.scope().project(), volume.scope().region(), VOLUMES);
  }

  /** {@code DELETE /volumes/<id>?project=P&region=R}: the deleted volume's id. */
  public String delete(Scope scope, String id) {
    return calls.write(
        ApiRequest.delete(List.of(PATH.getFirst(), id),
            ApiRequest.scope(scope.project(), scope.region())),
        Calls.echoedId(id), scope.project(), scope.region(), VOLUMES);
  }
}
