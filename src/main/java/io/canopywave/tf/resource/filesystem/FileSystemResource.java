package io.canopywave.tf.resource.filesystem;

import io.canopywave.tf.api.CanopyWaveClient;
import io.canopywave.tf.api.FileSystemsApi;
import io.canopywave.tf.api.model.FileSystem;
import io.canopywave.tf.api.model.NewFileSystem;
import io.canopywave.tf.resource.common.ConnectionSource;
import io.canopywave.tf.resource.common.ListedKind;
import io.canopywave.tf.resource.common.ListedResource;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.value.CtyValue;

/**
 * {@code canopywave_file_system}: a shared file system, created once (adopted by name after an
 * uncertain answer), read from the file system list, deleted tolerating "already gone" and
 * retrying "in use", imported by scoped id.
 */
public final class FileSystemResource extends ListedResource<FileSystemsApi, FileSystem> {
  private static final ListedKind<FileSystemsApi, FileSystem> KIND = new ListedKind<>(
      "file system", "id", "5f0c2b1e-3a8d-4c47-9a56-2f7c1d9e8b40",
      CanopyWaveClient::fileSystems, FileSystemsApi::list, FileSystemsApi::delete,
      FileSystem::id, FileSystem::name, FileSystem::status);

  public FileSystemResource(ConnectionSource connections) {
    super(FileSystemSchema.TYPE_NAME, FileSystemSchema.SCHEMA, KIND, connections,
        FileSystemSchema.CREATE_TIMEOUT, FileSystemSchema.DELETE_TIMEOUT);
  }

  @Override
  public CtyValue create(CtyValue planned, CtyValue config, Operation op) {
    FileSystemModel wanted = FileSystemModel.of(planned, null, null);
    return createAnsweringId(planned, wanted.name(),
        api -> api.create(new NewFileSystem(wanted.scope(), wanted.name(), wanted.sizeGb())),
        id -> FileSystemModel.of(planned, id, null).toState(planned), op);
  }

  @Override
  protected CtyValue stateOf(FileSystem listed, CtyValue known) {
    return FileSystemModel.fromApi(listed, known).toState(known);
  }
}
