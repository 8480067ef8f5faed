package io.canopywave.tf.simulator;

import java.util.LinkedHashMap;

/**
 * SSH keys: list (each entry wrapped in {@code {"keypair": ...}}), add by import or by
 * generating a real RSA pair, delete by name.
 */
final class SshKeyEndpoints implements Router.Endpoints<SshKeyEndpoints.Route> {
  /** The routes this group answers. */
  enum Route {
    LIST,
    ADD,
    DELETE
  }

  private final Store store;

  SshKeyEndpoints(Store store) {
    this.store = store;
  }

  void register(Router router) {
    router
        .add("GET", "/api/v1/ssh-keys", this, Route.LIST)
        .add("POST", "/api/v1/ssh-keys", this, Route.ADD)
        .add("DELETE", "/api/v1/ssh-keys/{name}", this, Route.DELETE);
  }

  @Override
  public ApiResponse handle(Route route, ApiRequest request) {
    return switch (route) {
      case LIST -> list(request);
      case ADD -> add(request);
      case DELETE -> delete(request);
    };
  }

  private ApiResponse list(ApiRequest request) {
    var place = Catalog.place(request.queryParams());
    return store.locked(() -> ApiResponse.data(store.visible(ObjectKind.SSH_KEYS, SshKey.class,
        place.project(), place.region(), all -> true).stream().map(SshKey::listJson).toList()));
  }

  /**
   * With {@code publicKey}: imports it and answers {@code {"name", "publicKey"}}. Without:
   * generates a pair and answers the reference's {@code {"privateKey", "publicKey"}}. The
   * private key is handed out once and never stored.
   */
  private ApiResponse add(ApiRequest request) {
    var body = request.bodyParams();
    var place = Catalog.place(body);
    String name = body.required("name");
    String imported = body.optional("publicKey");
    String publicKey;
    String privateKey = null;
    if (imported != null) {
      publicKey = imported.trim();
      KeyPairs.parsePublicKey(publicKey);
    } else {
      requireFreeName(place, name);
      var generated = KeyPairs.generateRsa();
      publicKey = generated.publicKey();
      privateKey = generated.privateKeyPem();
    }
    String fingerprint = KeyPairs.md5Fingerprint(KeyPairs.parsePublicKey(publicKey));
    String privatePem = privateKey;
    return store.locked(() -> {
      requireFreeName(place, name);
      store.add(new SshKey(place, name, publicKey, fingerprint, store.now(),
          store.config().invisibleReads()));
      var json = new LinkedHashMap<String, Object>();
      if (privatePem != null) {
        json.put("privateKey", privatePem);
        json.put("publicKey", publicKey);
      } else {
        json.put("name", name);
        json.put("publicKey", publicKey);
      }
      return ApiResponse.data(json);
    });
  }

  private ApiResponse delete(ApiRequest request) {
    var place = Catalog.place(request.queryParams());
    String name = request.pathParam(0);
    return store.locked(() -> {
      store.remove(
          store.require(ObjectKind.SSH_KEYS, SshKey.class, name, place.project(), place.region()));
      return ApiResponse.dataField("name", name);
    });
  }

  private void requireFreeName(Catalog.Place place, String name) {
    store.locked(() -> {
      boolean taken = store.withId(ObjectKind.SSH_KEYS, name).stream()
          .anyMatch(key -> key.in(place.project(), place.region()));
      if (taken) {
        throw ApiError.conflict("an ssh key named " + name + " already exists in " + place);
      }
      return null;
    });
  }
}
