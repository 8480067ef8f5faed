package io.canopywave.tf.resource.filesystem;

import io.canopywave.tf.api.CanopyWaveClient;
import io.canopywave.tf.api.FileSystemsApi;
import io.canopywave.tf.api.model.NewFileSystem;
import io.canopywave.tf.api.model.FileSystem;
import io.canopywave.tf.resource.common.ConnectionSource;
import io.canopywave.tf.resource.common.ListedKind;
import io.canopywave.tf.resource.common.ListedLifecycle;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.spi.ImportableResource;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.spi.PlanModifyingResource;
import io.canopywave.tf.value.CtyValue;
import java.util.Set;

/**
 * {@code canopywave_file_system}: a shared file system, created once (adopted by name after an
 * uncertain answer), read from the file system list, deleted tolerating "already gone" and
 * retrying "in use", imported by scoped id.
 */
public final class FileSystemResource implements ImportableResource, PlanModifyingResource {
  private static final ListedKind<FileSystemsApi, FileSystem> KIND = new ListedKind<>(
      "file system", "id", "5f0c2b1e-3a8d-4c47-9a56-2f7c1d9e8b40",
      CanopyWaveClient::fileSystems, FileSystemsApi::list, FileSystemsApi::delete,
      FileSystem::id, FileSystem::name, FileSystem::status);

  private final ListedLifecycle<FileSystemsApi, FileSystem> lifecycle;

  public FileSystemResource(ConnectionSource connections) {
    this.lifecycle = new ListedLifecycle<>(KIND, FileSystemSchema.SCHEMA, connections,
        FileSystemSchema.CREATE_TIMEOUT, FileSystemSchema.DELETE_TIMEOUT);
  }

  @Override
  public String typeName() {
    return FileSystemSchema.TYPE_NAME;
  }

  @Override
  public Schema schema() {
    return FileSystemSchema.SCHEMA;
  }

  @Override
  public CtyValue modifyPlan(CtyValue prior, CtyValue config, CtyValue planned,
      Set<AttributePath> requiresReplace, Operation op) {
    return lifecycle.planScope(config, planned, op);
  }

  @Override
  public CtyValue create(CtyValue planned, CtyValue config, Operation op) {
    FileSystemModel wanted = FileSystemModel.of(planned, null, null);
    var create = ListedLifecycle.Create.<FileSystemsApi, FileSystem>answeringId(wanted.name(),
        api -> api.create(new NewFileSystem(wanted.scope(), wanted.name(),
            wanted.sizeGb())),
        FileSystem::id,
        id -> FileSystemModel.of(planned, id, null).toState(planned),
        listed -> FileSystemModel.fromApi(listed, planned).toState(planned));
    return lifecycle.create(planned, create, op);
  }

  @Override
  public CtyValue read(CtyValue current, Operation op) {
    return lifecycle.read(current,
        listed -> FileSystemModel.fromApi(listed, current).toState(current), op);
  }

  @Override
  public CtyValue update(CtyValue prior, CtyValue planned, CtyValue config, Operation op) {
    // Every argument is force-new: only a change of `timeouts` gets here, and it is stored.
    return planned;
  }

  @Override
  public void delete(CtyValue prior, Operation op) {
    lifecycle.delete(prior, op);
  }

  @Override
  public CtyValue importState(String id, Operation op) {
    return lifecycle.importState(id, op);
  }
}
