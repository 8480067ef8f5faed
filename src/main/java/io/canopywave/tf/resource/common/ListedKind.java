package io.canopywave.tf.resource.common;

import io.canopywave.tf.api.CacheMode;
import io.canopywave.tf.api.CanopyWaveClient;
import io.canopywave.tf.api.model.Scope;
import java.util.List;
import java.util.function.Function;

/**
 * What {@link ListedLifecycle} needs to know of one kind of object that the API shows only in
 * lists (no detail endpoint): how to list and delete it, and how to read its id, name and status.
 *
 * @param <A> the client's endpoint group for the kind, e.g. {@code VolumesApi}
 * @param <T> the listed record, e.g. {@code Volume}
 * @param name the kind in messages: {@code volume}
 * @param exampleId a plausible id for the import-id example in messages
 * @param idLabel what identifies an object in the API, {@code id}, or {@code name} for kinds
 *     the API identifies by name: the last part of the import id, and the state attribute that
 *     holds it
 */
public record ListedKind<A, T>(
    String name,
    String idLabel,
    String exampleId,
    Function<CanopyWaveClient, A> api,
    Lister<A, T> list,
    Deleter<A> delete,
    Function<T, String> idOf,
    Function<T, String> nameOf,
    Function<T, String> statusOf) {

  /** Lists the kind in one project and region. */
  @FunctionalInterface
  public interface Lister<A, T> {
    List<T> list(A api, Scope scope, CacheMode mode);
  }

  /** Deletes one object by id (or name). */
  @FunctionalInterface
  public interface Deleter<A> {
    void delete(A api, Scope scope, String id);
  }
}
