package io.canopywave.tf.api;

import static io.canopywave.tf.api.ListCache.Kind.SSH_KEYS;

import io.canopywave.tf.api.http.ApiRequest;
import io.canopywave.tf.api.http.Envelope;
import io.canopywave.tf.api.model.CreatedSshKey;
import io.canopywave.tf.api.model.NewSshKey;
import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.api.model.SshKey;
import java.util.List;
import java.util.Optional;

/** SSH key pairs, named uniquely per project and region. */
public final class SshKeysApi {
  private static final List<String> PATH = List.of("ssh-keys");

  private final Calls calls;

  SshKeysApi(Calls calls) {
    this.calls = calls;
  }

  /** {@code GET /ssh-keys?project=P&region=R}. */
  public List<SshKey> list(Scope scope, CacheMode mode) {
    return calls.list(SSH_KEYS, scope.project(), scope.region(), mode,
        ApiRequest.get(PATH, ApiRequest.scope(scope.project(), scope.region())),
        SshKey::fromJson);
  }

  public Optional<SshKey> find(Scope scope, String name, CacheMode mode) {
    return list(scope, mode).stream().filter(key -> key.name().equals(name)).findFirst();
  }

  /**
   * {@code POST /ssh-keys}: imports {@code publicKey}, or without one has the API generate a
   * pair and answer its private key. Sent once, never repeated.
   */
  public CreatedSshKey add(NewSshKey key) {
    return calls.write(ApiRequest.post(PATH, key.toJson()),
        answer -> CreatedSshKey.fromJson(Envelope.data(answer), key.name()),
        key.scope().project(), key.scope().region(), SSH_KEYS);
  }

  /** {@code DELETE /ssh-keys/<name>?project=P&region=R}: the deleted key's name. */
  public String delete(Scope scope, String name) {
    return calls.write(
        ApiRequest.delete(List.of(PATH.getFirst(), name),
            ApiRequest.scope(scope.project(), scope.region())),
        Calls.echoedId(name), scope.project(), scope.region(), SSH_KEYS);
  }
}
