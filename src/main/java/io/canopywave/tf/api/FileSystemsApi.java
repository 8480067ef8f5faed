package io.canopywave.tf.api;

import static io.canopywave.tf.api.ListCache.Kind.FILE_SYSTEMS;

import io.canopywave.tf.api.http.ApiRequest;
import io.canopywave.tf.api.model.FileSystem;
import io.canopywave.tf.api.model.NewFileSystem;
import io.canopywave.tf.api.model.Scope;
import java.util.List;
import java.util.Optional;

/** Shared file systems. */
public final class FileSystemsApi {
  private static final List<String> PATH = List.of("file-systems");

  private final Calls calls;

  FileSystemsApi(Calls calls) {
    this.calls = calls;
  }

  /** {@code GET /file-systems?project=P&region=R}. */
  public List<FileSystem> list(Scope scope, CacheMode mode) {
    return calls.list(FILE_SYSTEMS, scope.project(), scope.region(), mode,
        ApiRequest.get(PATH, ApiRequest.scope(scope.project(), scope.region())),
        node -> FileSystem.fromJson(node, scope.region()));
  }

  public Optional<FileSystem> find(Scope scope, String id, CacheMode mode) {
    return list(scope, mode).stream().filter(f -> f.id().equals(id)).findFirst();
  }

  public Optional<FileSystem> findByName(Scope scope, String name, CacheMode mode) {
    return list(scope, mode).stream().filter(f -> name.equals(f.name())).findFirst();
  }

  /** {@code POST /file-systems}: the new file system's id. Sent once, never repeated. */
  public String create(NewFileSystem fileSystem) {
    return calls.write(ApiRequest.post(PATH, fileSystem.toJson()), Calls::createdId,
        fileSystem.scope().project(), fileSystem.scope().region(), FILE_SYSTEMS);
  }

  /** {@code DELETE /file-systems/<id>?project=P&region=R}: any 2xx answer is success. */
  public String delete(Scope scope, String id) {
    return calls.write(
        ApiRequest.delete(List.of(PATH.getFirst(), id),
            ApiRequest.scope(scope.project(), scope.region())),
        Calls.echoedId(id), scope.project(), scope.region(), FILE_SYSTEMS);
  }
}
