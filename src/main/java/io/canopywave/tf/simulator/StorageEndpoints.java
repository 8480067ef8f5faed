package io.canopywave.tf.simulator;

/**
 * Volumes and shared file systems: list, create, delete. Names are unique per project and
 * region, so a client can find what an ambiguous create left behind.
 */
final class StorageEndpoints implements Router.Endpoints<StorageEndpoints.Route> {
  /** The routes this group answers. */
  enum Route {
    VOLUMES,
    CREATE_VOLUME,
    DELETE_VOLUME,
    FILE_SYSTEMS,
    CREATE_FILE_SYSTEM,
    DELETE_FILE_SYSTEM
  }

  private final Store store;

  StorageEndpoints(Store store) {
    this.store = store;
  }

  void register(Router router) {
    router
        .add("GET", "/api/v1/volumes", this, Route.VOLUMES)
        .add("POST", "/api/v1/volumes", this, Route.CREATE_VOLUME)
        .add("DELETE", "/api/v1/volumes/{id}", this, Route.DELETE_VOLUME)
        .add("GET", "/api/v1/file-systems", this, Route.FILE_SYSTEMS)
        .add("POST", "/api/v1/file-systems", this, Route.CREATE_FILE_SYSTEM)
        .add("DELETE", "/api/v1/file-systems/{id}", this, Route.DELETE_FILE_SYSTEM);
  }

  @Override
  public ApiResponse handle(Route route, ApiRequest request) {
    return switch (route) {
      case VOLUMES -> list(request, ObjectKind.VOLUMES);
      case CREATE_VOLUME -> createVolume(request);
      case DELETE_VOLUME -> delete(request, ObjectKind.VOLUMES);
      case FILE_SYSTEMS -> list(request, ObjectKind.FILE_SYSTEMS);
      case CREATE_FILE_SYSTEM -> createFileSystem(request);
      case DELETE_FILE_SYSTEM -> delete(request, ObjectKind.FILE_SYSTEMS);
    };
  }

  private ApiResponse list(ApiRequest request, ObjectKind kind) {
    var place = Catalog.place(request.queryParams());
    return store.locked(() -> ApiResponse.data(store.visible(kind, StorageObject.class,
        place.project(), place.region(), all -> true).stream()
        .map(StorageObject::listJson).toList()));
  }

  private ApiResponse createVolume(ApiRequest request) {
    var body = request.bodyParams();
    var place = Catalog.place(body);
    String name = body.required("name");
    String type = Catalog.oneOf("volume type", body.required("type"), Catalog.VOLUME_TYPES);
    long size = body.positiveInteger("size");
    return store.locked(() -> {
      requireFreeName(ObjectKind.VOLUMES, place, name);
      var volume = new Volume(Store.newId(), place, name, type, size, store.now(),
          store.config().invisibleReads());
      store.add(volume);
      return ApiResponse.dataField("id", volume.id);
    });
  }

  private ApiResponse createFileSystem(ApiRequest request) {
    var body = request.bodyParams();
    var place = Catalog.place(body);
    String name = body.required("name");
    long size = body.positiveInteger("size");
    return store.locked(() -> {
      requireFreeName(ObjectKind.FILE_SYSTEMS, place, name);
      var fileSystem = new FileSystem(Store.newId(), place, name, size, store.now(),
          store.config().invisibleReads());
      store.add(fileSystem);
      return ApiResponse.dataField("id", fileSystem.id);
    });
  }

  private ApiResponse delete(ApiRequest request, ObjectKind kind) {
    var place = Catalog.place(request.queryParams());
    String id = request.pathParam(0);
    return store.locked(() -> {
      store.remove(store.require(kind, StorageObject.class, id, place.project(), place.region()));
      return ApiResponse.dataField("id", id);
    });
  }

  private void requireFreeName(ObjectKind kind, Catalog.Place place, String name) {
    for (var object : store.in(kind, StorageObject.class, place.project(), place.region())) {
      if (object.name.equals(name)) {
        throw ApiError.conflict(
            "a " + Store.singular(kind) + " named " + name + " already exists in " + place);
      }
    }
  }
}
