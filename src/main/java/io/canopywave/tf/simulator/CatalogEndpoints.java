package io.canopywave.tf.simulator;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** The read-only offer: projects, images, instance types, and billing. */
final class CatalogEndpoints implements Router.Endpoints<CatalogEndpoints.Route> {
  /** The routes this group answers. */
  enum Route {
    PROJECTS,
    IMAGES,
    INSTANCE_TYPES,
    BILLING
  }

  private final Store store;

  CatalogEndpoints(Store store) {
    this.store = store;
  }

  void register(Router router) {
    router
        .add("GET", "/api/v1/projects", this, Route.PROJECTS)
        .add("GET", "/api/v1/images", this, Route.IMAGES)
        .add("GET", "/api/v1/instance-types", this, Route.INSTANCE_TYPES)
        .add("GET", "/api/v1/billing", this, Route.BILLING);
  }

  @Override
  public ApiResponse handle(Route route, ApiRequest request) {
    return switch (route) {
      case PROJECTS -> ApiResponse.data(Catalog.PROJECTS);
      case IMAGES -> ApiResponse.data(Catalog.IMAGES);
      case INSTANCE_TYPES -> instanceTypes();
      case BILLING -> billing(request);
    };
  }

  private static ApiResponse instanceTypes() {
    var items = new ArrayList<Object>();
    for (var type : Catalog.INSTANCE_TYPES) {
      items.add(type.toJson());
    }
    return ApiResponse.data(items);
  }

  /**
   * The current month's statement as a bare list (the reference's work-in-progress endpoint
   * shows no envelope); the amount is the sum of the list prices of the project's live
   * instances, a stand-in figure with the right type (a decimal string).
   */
  private ApiResponse billing(ApiRequest request) {
    String project = Catalog.project(request.queryParams().required("project"));
    var now = store.now();
    var today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    var first = today.withDayOfMonth(1);
    var last = today.with(TemporalAdjusters.lastDayOfMonth());
    // Limitation: the figures are a stand-in with the right types; they model no real tariff.
    long monthlyTotal = store.locked(() -> store.in(ObjectKind.INSTANCES, Instance.class,
            project, null).stream()
        .filter(instance -> !instance.terminated())
        .mapToLong(instance -> instance.type.price())
        .sum());
    var statement = new LinkedHashMap<String, Object>();
    statement.put("billing_num", "CW-" + first.toString().substring(0, 7).replace("-", "")
        + "-0001");
    statement.put("period_from", first.toString());
    statement.put("period_to", last.toString());
    statement.put("due_date", last.plusDays(15).toString());
    statement.put("amount", String.format("%.2f", monthlyTotal * 1.0));
    statement.put("timestamp", Times.seconds(now));
    return ApiResponse.json(200, List.of(statement));
  }
}
