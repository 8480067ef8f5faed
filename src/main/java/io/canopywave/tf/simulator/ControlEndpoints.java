package io.canopywave.tf.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The control API under {@code /_simulator/} (no authentication): reset, the request log,
 * objects (view, patch, delete out of band), fault rules and the config. Answers are plain
 * JSON without the API's envelope. docs/simulator.md documents every field.
 */
final class ControlEndpoints implements Router.Endpoints<ControlEndpoints.Route> {
  /** The routes this group answers. */
  enum Route {
    RESET,
    REQUESTS,
    CLEAR_REQUESTS,
    OBJECTS,
    PATCH_OBJECT,
    DELETE_OBJECT,
    FAULTS,
    ADD_FAULT,
    CLEAR_FAULTS,
    REMOVE_FAULT,
    CONFIG,
    SET_CONFIG
  }

  private static final String ROOT = "/_simulator";

  private final Store store;
  private final Faults faults;
  private final RequestLog log;
  private final RateWindow rate;
  private final SimulatorConfig initialConfig;
  private final ObjectPatches patches;

  ControlEndpoints(Store store, Faults faults, RequestLog log, RateWindow rate,
      SimulatorConfig initialConfig) {
    this.store = store;
    this.faults = faults;
    this.log = log;
    this.rate = rate;
    this.initialConfig = initialConfig;
    this.patches = new ObjectPatches(store);
  }

  Router router() {
    return new Router()
        .add("POST", ROOT + "/reset", this, Route.RESET)
        .add("GET", ROOT + "/requests", this, Route.REQUESTS)
        .add("DELETE", ROOT + "/requests", this, Route.CLEAR_REQUESTS)
        .add("GET", ROOT + "/objects", this, Route.OBJECTS)
        .add("PATCH", ROOT + "/objects/{kind}/{id}", this, Route.PATCH_OBJECT)
        .add("DELETE", ROOT + "/objects/{kind}/{id}", this, Route.DELETE_OBJECT)
        .add("GET", ROOT + "/faults", this, Route.FAULTS)
        .add("POST", ROOT + "/faults", this, Route.ADD_FAULT)
        .add("DELETE", ROOT + "/faults", this, Route.CLEAR_FAULTS)
        .add("DELETE", ROOT + "/faults/{id}", this, Route.REMOVE_FAULT)
        .add("GET", ROOT + "/config", this, Route.CONFIG)
        .add("POST", ROOT + "/config", this, Route.SET_CONFIG);
  }

  @Override
  public ApiResponse handle(Route route, ApiRequest request) {
    return switch (route) {
      case RESET -> reset();
      case REQUESTS -> requests(request);
      case CLEAR_REQUESTS -> clearRequests();
      case OBJECTS -> objects(request);
      case PATCH_OBJECT -> patch(request);
      case DELETE_OBJECT -> delete(request);
      case FAULTS -> listFaults();
      case ADD_FAULT -> addFault(request);
      case CLEAR_FAULTS -> clearFaults();
      case REMOVE_FAULT -> removeFault(request);
      case CONFIG -> config();
      case SET_CONFIG -> setConfig(request);
    };
  }

  /** Objects, faults, the request log and the config go back to how the simulator started. */
  private ApiResponse reset() {
    store.reset(initialConfig);
    faults.clear();
    log.clear();
    rate.clear();
    return ApiResponse.json(200, Map.of("reset", true));
  }

  /** Optional filters: {@code method} and {@code path} (a glob, as in fault rules). */
  private ApiResponse requests(ApiRequest request) {
    String method = request.query().get("method");
    String path = request.query().get("path");
    var entries = log.entries(method, path == null ? null : Glob.path(path));
    var json = new LinkedHashMap<String, Object>();
    json.put("requests", entries.stream().map(RequestLog.Entry::toJson).toList());
    json.put("dropped_from_log", log.forgotten());
    return ApiResponse.json(200, json);
  }

  private ApiResponse clearRequests() {
    log.clear();
    return ApiResponse.json(200, Map.of("cleared", true));
  }

  /** Every object of every kind (or of {@code ?kind=}), invisible ones included. */
  private ApiResponse objects(ApiRequest request) {
    String only = request.query().get("kind");
    var kinds =
        only == null ? List.of(ObjectKind.values()) : List.of(ObjectKind.fromPathName(only));
    return store.locked(() -> {
      Instant now = store.now();
      var json = new LinkedHashMap<String, Object>();
      for (var kind : kinds) {
        var items = new ArrayList<Object>();
        for (var object : store.all(kind, StoredObject.class)) {
          items.add(object.controlJson(now));
        }
        json.put(kind.pathName(), items);
      }
      return ApiResponse.json(200, json);
    });
  }

  private ApiResponse patch(ApiRequest request) {
    Map<String, ?> fields = request.bodyParams().values();
    return store.locked(() -> {
      var object = find(request);
      patches.apply(object, fields);
      return ApiResponse.json(200, object.controlJson(store.now()));
    });
  }

  /** Removes the object at once, as if someone deleted it behind the provider's back. */
  private ApiResponse delete(ApiRequest request) {
    return store.locked(() -> {
      var object = find(request);
      var json = object.controlJson(store.now());
      store.remove(object);
      return ApiResponse.json(200, Map.of("deleted", json));
    });
  }

  /** The object named by the path; SSH keys may need {@code ?project=&region=} to be unique. */
  private StoredObject find(ApiRequest request) {
    var kind = ObjectKind.fromPathName(request.pathParam(0));
    String id = request.pathParam(1);
    String project = request.query().get("project");
    String region = request.query().get("region");
    var candidates = new ArrayList<StoredObject>();
    for (var object : store.withId(kind, id)) {
      if ((project == null || object.project.equals(project))
          && (region == null || object.region.equals(region))) {
        candidates.add(object);
      }
    }
    if (candidates.isEmpty()) {
      throw ApiError.notFound(Store.singular(kind) + " " + id + " not found");
    }
    if (candidates.size() > 1) {
      throw ApiError.conflict("several " + kind.pathName() + " are named " + id
          + "; add ?project=...&region=... to choose one");
    }
    return candidates.getFirst();
  }

  private ApiResponse listFaults() {
    return ApiResponse.json(200, Map.of("faults", faults.toJson()));
  }

  private ApiResponse addFault(ApiRequest request) {
    var rule = FaultRule.fromJson(request.bodyParams().values());
    String id = faults.add(rule);
    var json = new LinkedHashMap<String, Object>();
    json.put("id", id);
    json.put("rule", rule.toJson());
    return ApiResponse.json(200, json);
  }

  private ApiResponse clearFaults() {
    faults.clear();
    return ApiResponse.json(200, Map.of("cleared", true));
  }

  private ApiResponse removeFault(ApiRequest request) {
    String id = request.pathParam(0);
    if (!faults.remove(id)) {
      throw ApiError.notFound("fault rule " + id + " not found");
    }
    return ApiResponse.json(200, Map.of("deleted", id));
  }

  private ApiResponse config() {
    return ApiResponse.json(200, store.config().toJson());
  }

  private ApiResponse setConfig(ApiRequest request) {
    Map<String, ?> changes = request.bodyParams().values();
    return store.locked(() -> {
      var updated = store.config().merge(changes);
      store.setConfig(updated);
      return ApiResponse.json(200, updated.toJson());
    });
  }
}
