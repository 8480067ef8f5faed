package io.canopywave.tf.resource.floatingip;

import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.api.ApiCall;
import io.canopywave.tf.api.ApiException;
import io.canopywave.tf.api.model.InstanceSummary;
import io.canopywave.tf.schema.AttributePath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mapping the IP list's instance name back to an instance id. */
class IpAssociationsTest {
  private static final InstanceSummary WEB_A = instance("id-a", "web", "active");
  private static final InstanceSummary DB = instance("id-db", "db", "active");

  @Test
  void resolve_noServer_isNull() {
    assertThat(IpAssociations.resolve(null, "id-a", "web", List.of(WEB_A))).isNull();
  }

  @Test
  void resolve_priorInstanceStillHasTheName_keepsThePriorId() {
    InstanceSummary twin = instance("id-twin", "web", "active");

    assertThat(IpAssociations.resolve("web", "id-a", "web", List.of(twin, WEB_A)))
        .isEqualTo("id-a");
  }

  @Test
  void resolve_nameOfAnotherInstance_mapsToThatInstance() {
    assertThat(IpAssociations.resolve("db", "id-a", "web", List.of(WEB_A, DB)))
        .isEqualTo("id-db");
  }

  @Test
  void resolve_noPriorId_mapsByName() {
    assertThat(IpAssociations.resolve("db", null, null, List.of(WEB_A, DB))).isEqualTo("id-db");
  }

  @Test
  void resolve_priorInstanceReplacedByOneOfTheSameName_mapsToTheNewOne() {
    InstanceSummary replacement = instance("id-a2", "web", "active");

    assertThat(IpAssociations.resolve("web", "id-a", "web", List.of(replacement, DB)))
        .isEqualTo("id-a2");
  }

  @Test
  void resolve_priorInstanceNotListedYetButNameRecorded_keepsThePriorId() {
    assertThat(IpAssociations.resolve("web", "id-a", "web", List.of(DB))).isEqualTo("id-a");
  }

  @Test
  void resolve_terminatedInstanceOfThatName_isIgnored() {
    InstanceSummary lingering = instance("id-old", "db", "DELETED");

    assertThat(IpAssociations.resolve("db", null, null, List.of(lingering))).isNull();
    assertThat(IpAssociations.resolve("db", null, null, List.of(lingering, DB)))
        .isEqualTo("id-db");
  }

  @Test
  void resolve_unknownName_isNull() {
    assertThat(IpAssociations.resolve("elsewhere", "id-a", "web", List.of(WEB_A, DB))).isNull();
  }

  @Test
  void resolve_twoInstancesWithTheName_isNull() {
    List<InstanceSummary> twins = List.of(DB, instance("id-db2", "db", "active"));

    assertThat(IpAssociations.resolve("db", null, null, twins)).isNull();
  }

  @Test
  void pathOf_associateRefusedForTheInstance_namesInstanceId() {
    ApiException conflict = failure("POST", "/api/v1/ips/ip-1/associate",
        ApiException.Kind.CONFLICT);
    ApiException server = failure("POST", "/api/v1/ips/ip-1/associate",
        ApiException.Kind.SERVER);
    ApiException release = failure("DELETE", "/api/v1/ips/ip-1", ApiException.Kind.CONFLICT);

    assertThat(IpAssociations.pathOf(conflict)).isEqualTo(AttributePath.of("instance_id"));
    assertThat(IpAssociations.pathOf(server)).isEqualTo(AttributePath.ROOT);
    assertThat(IpAssociations.pathOf(release)).isEqualTo(AttributePath.ROOT);
  }

  private static ApiException failure(String method, String path, ApiException.Kind kind) {
    return new ApiException(kind, new ApiCall(method, path), 409, "refused", null, false, null);
  }

  private static InstanceSummary instance(String id, String name, String status) {
    return new InstanceSummary(id, name, "2x H100 (80 GB SXM5)", "sequoia", status, null, null,
        "worker", null);
  }
}
