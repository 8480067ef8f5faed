package io.canopywave.tf.simulator;

import java.util.LinkedHashMap;

/**
 * Public IPs: list, allocate, associate with an instance, disassociate, release. An instance
 * holds at most one public IP and an IP serves at most one instance; moving an IP means
 * disassociating it first. Releasing an associated IP detaches it as OpenStack does.
 */
final class IpEndpoints implements Router.Endpoints<IpEndpoints.Route> {
  /** The routes this group answers. */
  enum Route {
    LIST,
    ALLOCATE,
    ASSOCIATE,
    DISASSOCIATE,
    RELEASE
  }

  private final Store store;

  IpEndpoints(Store store) {
    this.store = store;
  }

  void register(Router router) {
    router
        .add("GET", "/api/v1/ips", this, Route.LIST)
        .add("POST", "/api/v1/ips", this, Route.ALLOCATE)
        .add("POST", "/api/v1/ips/{id}/associate", this, Route.ASSOCIATE)
        .add("DELETE", "/api/v1/ips/{id}/disassociate", this, Route.DISASSOCIATE)
        .add("DELETE", "/api/v1/ips/{id}", this, Route.RELEASE);
  }

  @Override
  public ApiResponse handle(Route route, ApiRequest request) {
    return switch (route) {
      case LIST -> list(request);
      case ALLOCATE -> allocate(request);
      case ASSOCIATE -> associate(request);
      case DISASSOCIATE -> disassociate(request);
      case RELEASE -> release(request);
    };
  }

  private ApiResponse list(ApiRequest request) {
    var place = Catalog.place(request.queryParams());
    return store.locked(() -> ApiResponse.data(store.visible(ObjectKind.IPS, PublicIp.class,
        place.project(), place.region(), all -> true).stream().map(PublicIp::listJson).toList()));
  }

  private ApiResponse allocate(ApiRequest request) {
    var place = Catalog.place(request.bodyParams());
    return store.locked(() -> {
      var ip = new PublicIp(Store.newId(), place, store.allocatePublicAddress(), store.now(),
          store.config().invisibleReads());
      store.add(ip);
      var json = new LinkedHashMap<String, Object>();
      json.put("id", ip.id);
      json.put("ip", ip.address);
      return ApiResponse.data(json);
    });
  }

  private ApiResponse associate(ApiRequest request) {
    var body = request.bodyParams();
    var place = Catalog.place(body);
    String instanceId = body.required("instanceId");
    String ipId = request.pathParam(0);
    return store.locked(() -> {
      var ip = require(ipId, place);
      var instance = store.require(
          ObjectKind.INSTANCES, Instance.class, instanceId, place.project(), place.region());
      if (instance.terminated()) {
        throw ApiError.notFound("instance " + instanceId + " not found");
      }
      if (ip.instance != null && ip.instance != instance) {
        throw ApiError.conflict("ip " + ipId + " is already associated with instance "
            + ip.instance.id + " (" + ip.instance.name + ")");
      }
      if (instance.publicIp != null && instance.publicIp != ip) {
        throw ApiError.conflict("instance " + instanceId + " already has the public ip "
            + instance.publicIp.address);
      }
      store.link(ip, instance);
      var json = new LinkedHashMap<String, Object>();
      json.put("instanceId", instance.id);
      json.put("ipId", ip.id);
      json.put("portId", ip.portId);
      return ApiResponse.data(json);
    });
  }

  private ApiResponse disassociate(ApiRequest request) {
    var place = Catalog.place(request.queryParams());
    String ipId = request.pathParam(0);
    return store.locked(() -> {
      var ip = require(ipId, place);
      if (ip.instance == null) {
        throw ApiError.conflict("ip " + ipId + " is not associated");
      }
      store.unlink(ip);
      return ApiResponse.dataField("id", ipId);
    });
  }

  private ApiResponse release(ApiRequest request) {
    var place = Catalog.place(request.queryParams());
    String ipId = request.pathParam(0);
    return store.locked(() -> {
      store.remove(require(ipId, place));
      return ApiResponse.dataField("id", ipId);
    });
  }

  private PublicIp require(String id, Catalog.Place place) {
    return store.require(ObjectKind.IPS, PublicIp.class, id, place.project(), place.region());
  }
}
