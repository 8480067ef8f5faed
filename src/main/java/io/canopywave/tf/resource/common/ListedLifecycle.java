package io.canopywave.tf.resource.common;

import io.canopywave.tf.api.ApiException;
import io.canopywave.tf.api.CacheMode;
import io.canopywave.tf.api.CanopyWaveClient;
import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.plan.ImportId;
import io.canopywave.tf.plan.Timeouts;
import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.value.CtyValue;
import io.canopywave.tf.value.ObjectReader;
import io.canopywave.tf.value.Values;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The create, read, delete and import steps every resource of a listed kind (volumes, file
 * systems, ssh keys) takes the same way:
 * <ul>
 *   <li>create: sent once, adopted by its unique name after an uncertain answer; the id goes
 *       into the state as soon as it is known; then a wait (within the create timeout) until
 *       the lists show the object, so that the next read does not find it missing;
 *   <li>read: the list, shared with other reads of the same walk; absent or listed with a
 *       terminal status means gone (a null state);
 *   <li>delete: "not found" is success, "in use" is retried until the delete timeout, then a
 *       wait until the lists no longer show it;
 *   <li>import: a scoped id, {@code project/region/id} or the bare id with provider defaults.
 * </ul>
 * The resource supplies only what is its own: the request body and the state mapping. Its
 * schema has {@code name}, {@code project}, {@code region}, a {@code timeouts} block with
 * {@code create} and {@code delete}, and the attribute the kind's {@code idLabel} names.
 *
 * @param <A> the client's endpoint group for the kind
 * @param <T> the listed record
 */
public final class ListedLifecycle<A, T> {
  private static final String NAME = "name";
  private final ListedKind<A, T> kind;
  private final Schema schema;
  private final ConnectionSource connections;
  private final Duration createTimeout;
  private final Duration deleteTimeout;

  /**
   * @param createTimeout the create timeout when the {@code timeouts} block sets none
   * @param deleteTimeout the delete timeout when the {@code timeouts} block sets none
   */
  public ListedLifecycle(ListedKind<A, T> kind, Schema schema, ConnectionSource connections,
      Duration createTimeout, Duration deleteTimeout) {
    this.kind = kind;
    this.schema = schema;
    this.connections = connections;
    this.createTimeout = createTimeout;
    this.deleteTimeout = deleteTimeout;
  }

  /**
   * What a create sends and how its outcomes become states.
   *
   * @param <C> the create's answer: the new id, or a richer record
   * @param send sends the create request once
   * @param adopt turns the object found by name after an uncertain answer into an answer
   * @param idOf the id in an answer
   * @param recorded the state when only the answer is known (the object did not show up)
   * @param visible the state from the answer and the listed object
   */
  public record Create<A, T, C>(
      String name,
      Function<A, C> send,
      Function<T, C> adopt,
      Function<C, String> idOf,
      Function<C, CtyValue> recorded,
      BiFunction<C, T, CtyValue> visible) {}

  /**
   * A create whose answer is just the new id, the usual case: an object adopted by name
   * answers with its listed id.
   */
  public Create<A, T, String> answeringId(String name, Function<A, String> send,
      Function<String, CtyValue> recorded, Function<T, CtyValue> visible) {
    return new Create<>(name, send, kind.idOf(), id -> id, recorded,
        (id, listed) -> visible.apply(listed));
  }

  /**
   * Runs {@code create} in the scope of {@code planned}, within its create timeout. Returns a
   * null state when nothing was created; the recorded state plus an error when the object
   * exists but the wait failed (the client keeps it, tainted).
   */
  public <C> CtyValue create(CtyValue planned, Create<A, T, C> create, Operation op) {
    Scope scope = ScopeAttributes.of(planned);
    Duration timeout = Timeouts.of(planned).create(createTimeout);
    CanopyWaveClient client = connections.get().client();
    A api = kind.api().apply(client);
    Deadline deadline = Deadline.in(timeout);
    Optional<C> answer = UniqueNameCreate.send(client, kind.name(), create.name(),
        () -> create.send().apply(api),
        () -> findBy(api, scope, CacheMode.FRESH, kind.nameOf(), create.name())
            .map(create.adopt()),
        importId(scope, create.name()), deadline, op.diagnostics());
    if (answer.isEmpty()) {
      return CtyValue.nullOf(schema.impliedType());
    }
    C created = answer.get();
    String id = create.idOf().apply(created);
    return Visibility.awaitAfterCreate(client.waiter(), describe(create.name(), id),
            () -> findBy(api, scope, CacheMode.FRESH, kind.idOf(), id), deadline, timeout,
            op.diagnostics())
        .map(listed -> create.visible().apply(created, listed))
        .orElseGet(() -> create.recorded().apply(created));
  }

  /**
   * Refreshes {@code current}; a null state when the object is gone. On an API failure adds an
   * error and returns {@code current} unchanged.
   */
  public CtyValue read(CtyValue current, Function<T, CtyValue> toState, Operation op) {
    Scope scope = ScopeAttributes.of(current);
    String id = ObjectReader.of(current).string(kind.idLabel());
    try {
      A api = kind.api().apply(connections.get().client());
      return findBy(api, scope, CacheMode.SHARED, kind.idOf(), id)
          .map(toState)
          .orElseGet(() -> CtyValue.nullOf(schema.impliedType()));
    } catch (ApiException e) {
      op.diagnostics().add(ApiDiagnostics.of(e, "read " + kind.name() + " " + id));
      return current;
    }
  }

  /**
   * Deletes the object of state {@code prior} within its delete timeout and waits until lists
   * no longer show it; failures become an error.
   */
  public void delete(CtyValue prior, Operation op) {
    ObjectReader state = ObjectReader.of(prior);
    Scope scope = ScopeAttributes.of(prior);
    String id = state.string(kind.idLabel());
    CanopyWaveClient client = connections.get().client();
    A api = kind.api().apply(client);
    Deletion.deleteAndAwaitGone(client.waiter(), describe(state.string(NAME), id),
        () -> kind.delete().delete(api, scope, id),
        () -> findBy(api, scope, CacheMode.FRESH, kind.idOf(), id).isEmpty(),
        Timeouts.of(prior).delete(deleteTimeout), op.diagnostics());
  }

  /**
   * Parses a scoped import id into a state holding the scope and the id, which the read then
   * completes; {@code extra} may add more. A null state, with an error, for a malformed id.
   */
  public CtyValue importState(String raw, BiFunction<ImportId, Values.ObjectBuilder,
      Values.ObjectBuilder> extra, Operation op) {
    return ScopedState.imported(raw, schema, connections, kind.idLabel(), kind.exampleId(),
        extra, op.diagnostics());
  }

  /** {@link #importState(String, BiFunction, Operation)} with nothing extra. */
  public CtyValue importState(String raw, Operation op) {
    return importState(raw, (parsed, state) -> state, op);
  }

  /** The import id of the object named {@code name}, for messages: {@code p/r/<id>}. */
  private String importId(Scope scope, String name) {
    String last = kind.idLabel().equals(NAME) ? name : "<" + kind.idLabel() + ">";
    return scope.project() + "/" + scope.region() + "/" + last;
  }

  /** For messages: {@code volume "data" (id c585...)}. */
  public String describe(String name, String id) {
    String named = kind.name() + " \"" + name + "\"";
    return id == null || id.equals(name) ? named : named + " (id " + id + ")";
  }

  /** The object whose {@code field} is {@code value}, unless listed with a terminal status. */
  private Optional<T> findBy(A api, Scope scope, CacheMode mode, Function<T, String> field,
      String value) {
    return kind.list().list(api, scope, mode).stream()
        .filter(object -> value.equals(field.apply(object)))
        .filter(object -> !GoneStatus.isGone(kind.statusOf().apply(object)))
        .findFirst();
  }
}
