package io.canopywave.tf.simulator;

import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;

/** Instance lists, detail, launch, restart and terminate. */
final class InstanceEndpoints implements Router.Endpoints<InstanceEndpoints.Route> {
  /** The routes this group answers. */
  enum Route {
    LIST,
    RUNNING,
    DETAIL,
    LAUNCH,
    RESTART,
    TERMINATE
  }

  private final Store store;

  InstanceEndpoints(Store store) {
    this.store = store;
  }

  void register(Router router) {
    router
        .add("GET", "/api/v1/instances", this, Route.LIST)
        .add("GET", "/api/v1/instances/running", this, Route.RUNNING)
        .add("GET", "/api/v1/instances/{id}", this, Route.DETAIL)
        .add("POST", "/api/v1/instance-operations/launch", this, Route.LAUNCH)
        .add("POST", "/api/v1/instance-operations/restart", this, Route.RESTART)
        .add("POST", "/api/v1/instance-operations/terminate", this, Route.TERMINATE);
  }

  @Override
  public ApiResponse handle(Route route, ApiRequest request) {
    return switch (route) {
      case LIST -> list(request);
      case RUNNING -> running(request);
      case DETAIL -> detail(request);
      case LAUNCH -> launch(request);
      case RESTART -> withLiveInstance(request, this::restart);
      case TERMINATE -> withLiveInstance(request, this::terminate);
    };
  }

  /** All regions unless {@code region} is given. */
  private ApiResponse list(ApiRequest request) {
    var query = request.queryParams();
    String project = Catalog.project(query.required("project"));
    String region = query.optional("region");
    if (region != null) {
      Catalog.region(region);
    }
    return store.locked(() -> {
      Instant now = store.now();
      var shown = store.visible(ObjectKind.INSTANCES, Instance.class, project, region, all -> true);
      return ApiResponse.data(shown.stream().map(instance -> instance.listJson(now)).toList());
    });
  }

  /** Only ACTIVE instances; both project and region are required. */
  private ApiResponse running(ApiRequest request) {
    var place = Catalog.place(request.queryParams());
    return store.locked(() -> {
      Instant now = store.now();
      var shown = store.visible(ObjectKind.INSTANCES, Instance.class, place.project(),
          place.region(), instance -> instance.status(now).equals("ACTIVE"));
      return ApiResponse.data(shown.stream().map(instance -> instance.listJson(now)).toList());
    });
  }

  private ApiResponse detail(ApiRequest request) {
    var place = Catalog.place(request.queryParams());
    String id = request.pathParam(0);
    return store.locked(() -> {
      // A terminated instance still shows, as DELETED, until its linger ends.
      var instance = store.require(
          ObjectKind.INSTANCES, Instance.class, id, place.project(), place.region());
      if (!instance.visibleToRead()) {
        throw ApiError.notFound("instance " + id + " not found");
      }
      return ApiResponse.data(InstanceDetail.render(instance, store.now()));
    });
  }

  private ApiResponse launch(ApiRequest request) {
    var body = request.bodyParams();
    String region = body.required("region");
    String project = body.required("project");
    String name = body.required("name");
    String flavor = body.required("flavor");
    String image = body.required("image");
    body.required("password");
    String keypair = body.optional("keypair");
    boolean monitoring = body.flag("is_monitoring");
    var place = new Catalog.Place(Catalog.project(project), Catalog.region(region));
    var type = Catalog.flavor(flavor);
    Catalog.image(image);
    if (!type.images().contains(image)) {
      throw ApiError.badRequest("image " + image + " is not available for flavor " + flavor
          + "; it takes " + type.images());
    }
    return store.locked(() -> {
      if (keypair != null
          && store.withId(ObjectKind.SSH_KEYS, keypair).stream()
              .noneMatch(key -> key.in(project, region))) {
        throw ApiError.badRequest("unknown keypair " + keypair + " in " + place);
      }
      for (var other : store.in(ObjectKind.INSTANCES, Instance.class, project, region)) {
        if (!other.terminated() && other.name.equals(name)) {
          throw ApiError.conflict("an instance named " + name + " already exists in " + place);
        }
      }
      var config = store.config();
      Instant now = store.now();
      long sequence = store.nextSequence();
      var launch =
          new Instance.Launch(
              Store.newId(),
              place,
              name,
              type,
              image,
              keypair,
              monitoring,
              store.privateAddressFor(sequence),
              macAddress(),
              String.format(type.gpu() ? "h1-%02d-gpu" : "c1-%02d-cpu", sequence % 40 + 1),
              sequence,
              config.stuckInBuild() ? null : Times.plusSeconds(now, config.buildSeconds()),
              config.buildResult());
      var instance = new Instance(launch, now, config.invisibleReads());
      store.add(instance);
      return ApiResponse.dataField("id", instance.id);
    });
  }

  /** REBOOT for {@code reboot_seconds}, then ACTIVE; a patched status is cleared. */
  private ApiResponse restart(Instance instance, Instant now) {
    if (instance.building(now) && instance.statusOverride == null) {
      throw ApiError.conflict(
          "instance " + instance.id + " is still building and cannot be restarted");
    }
    instance.statusOverride = null;
    if (instance.buildResult.equals("ERROR")) {
      instance.buildResult = "ACTIVE";
    }
    instance.rebootEndsAt = Times.plusSeconds(now, store.config().rebootSeconds());
    instance.updatedAt = now;
    return ApiResponse.dataField("id", instance.id);
  }

  /**
   * DELETED for {@code linger_seconds}, then gone; its public IP is detached. Answers the
   * reference's bare {@code {"project", "region", "id"}}, without an envelope.
   */
  private ApiResponse terminate(Instance instance, Instant now) {
    instance.terminatedAt = now;
    instance.statusOverride = null;
    instance.updatedAt = now;
    if (instance.publicIp != null) {
      store.unlink(instance.publicIp);
    }
    double linger = store.config().lingerSeconds();
    if (linger > 0) {
      instance.lingerUntil = Times.plusSeconds(now, linger);
    } else {
      store.remove(instance);
    }
    var json = new LinkedHashMap<String, Object>();
    json.put("project", instance.project);
    json.put("region", instance.region);
    json.put("id", instance.id);
    return ApiResponse.json(200, json);
  }

  /** Runs an operation on the body's live instance: a terminated one is gone (404). */
  private ApiResponse withLiveInstance(
      ApiRequest request, BiFunction<Instance, Instant, ApiResponse> operation) {
    var body = request.bodyParams();
    var place = Catalog.place(body);
    String id = body.required("id");
    return store.locked(() -> {
      var instance = store.require(
          ObjectKind.INSTANCES, Instance.class, id, place.project(), place.region());
      if (instance.terminated()) {
        throw ApiError.notFound("instance " + id + " not found");
      }
      return operation.apply(instance, store.now());
    });
  }

  private static String macAddress() {
    byte[] tail = new byte[3];
    ThreadLocalRandom.current().nextBytes(tail);
    return "fa:16:3e:" + HexFormat.ofDelimiter(":").formatHex(tail);
  }
}
