package io.canopywave.tf.resource.common;

import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.value.CtyValue;
import java.time.Duration;
import java.util.function.Function;

/**
 * A resource of a listed kind (volumes, file systems, ssh keys): {@link ListedLifecycle} reads,
 * deletes and imports it; the resource states its create and how a listed record becomes its
 * state. Every argument is force-new, so an update only stores the plan (a change of
 * {@code timeouts}, or of what the plan deems the same value).
 *
 * @param <A> the client's endpoint group for the kind
 * @param <T> the listed record
 */
public abstract class ListedResource<A, T> extends ScopedResource {
  protected final ListedLifecycle<A, T> lifecycle;

  /**
   * @param createTimeout the create timeout when the {@code timeouts} block sets none
   * @param deleteTimeout the delete timeout when the {@code timeouts} block sets none
   */
  protected ListedResource(String typeName, Schema schema, ListedKind<A, T> kind,
      ConnectionSource connections, Duration createTimeout, Duration deleteTimeout) {
    super(typeName, schema, connections);
    this.lifecycle =
        new ListedLifecycle<>(kind, schema, connections, createTimeout, deleteTimeout);
  }

  /** The state of {@code listed}, over what {@code known} (plan or prior state) holds. */
  protected abstract CtyValue stateOf(T listed, CtyValue known);

  /**
   * Creates an object whose create answers just its new id, the usual case; once the lists
   * show it, its state is {@link #stateOf} over the plan.
   *
   * @param name the object's name, by which an uncertain create is adopted
   * @param send sends the create request once
   * @param recorded the state from the id alone, when the object did not show up in time
   */
  protected final CtyValue createAnsweringId(CtyValue planned, String name,
      Function<A, String> send, Function<String, CtyValue> recorded, Operation op) {
    return lifecycle.create(planned,
        lifecycle.answeringId(name, send, recorded, listed -> stateOf(listed, planned)), op);
  }

  @Override
  public final CtyValue read(CtyValue current, Operation op) {
    return lifecycle.read(current, listed -> stateOf(listed, current), op);
  }

  @Override
  public final CtyValue update(CtyValue prior, CtyValue planned, CtyValue config,
      Operation op) {
    return planned;
  }

  @Override
  public final void delete(CtyValue prior, Operation op) {
    lifecycle.delete(prior, op);
  }

  @Override
  public CtyValue importState(String id, Operation op) {
    return lifecycle.importState(id, op);
  }
}
