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
final class ControlEndpoints {
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
        .add("POST", ROOT + "/reset", request -> reset())
        .add("GET", ROOT + "/requests", this::requests)
        .add("DELETE", ROOT + "/requests", request -> clearRequests())
        .add("GET", ROOT + "/objects", this::objects)
        .add("PATCH", ROOT + "/objects/{kind}/{id}", this::patch)
        .add("DELETE", ROOT + "/objects/{kind}/{id}", this::delete)
        .add("GET", ROOT + "/faults", request -> listFaults())
        .add("POST", ROOT + "/faults", this::addFault)
        .add("DELETE", ROOT + "/faults", request -> clearFaults())
        .add("DELETE", ROOT + "/faults/{id}", this::removeFault)
        .add("GET", ROOT + "/config", request -> config())
        .add("POST", ROOT + "/config", this::setConfig);
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
    var kinds = only == null ? List.of(ObjectKind.values()) : List.of(ObjectKind.fromPathName(only));
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
