package io.canopywave.tf.resource.volume;

import static io.canopywave.tf.plan.BlockValues.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.resource.common.ConnectionSource;
import io.canopywave.tf.resource.common.FakeApi;
import io.canopywave.tf.resource.common.TestConnections;
import io.canopywave.tf.schema.Diagnostic;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The volume's API paths against a scripted API; the ITs cover them against the simulator. */
class VolumeResourceTest {
  private static final String ID = "c585949f-f88e-4515-b60e-6e6a6ff0da89";
  private static final String LISTED = "{\"id\": \"" + ID + "\", \"name\": \"data\","
      + " \"size\": 10, \"type\": \"hdd\", \"status\": \"available\", \"region\": \"sequoia\"}";

  @RegisterExtension
  final FakeApi api = new FakeApi();
  private final VolumeResource resource = new VolumeResource(api.connections());
  private final Operation op = TestConnections.operation();

  private static CtyValue planned() {
    return object(VolumeSchema.SCHEMA.block(), "id", CtyValue.unknown(CtyType.STRING),
        "name", "data", "size", 10, "type", "hdd", "project", TestConnections.PROJECT,
        "region", TestConnections.REGION, "status", CtyValue.unknown(CtyType.STRING));
  }

  private static CtyValue stored() {
    return object(VolumeSchema.SCHEMA.block(), "id", ID, "name", "data", "size", 10,
        "type", "hdd", "project", TestConnections.PROJECT, "region", TestConnections.REGION,
        "status", "available");
  }

  @Test
  void create_listedOnlyOnTheSecondLook_waitsAndReturnsTheListedState() {
    api.answer(200, "{\"data\": {\"id\": \"" + ID + "\"}}").list().list(LISTED);

    CtyValue state = resource.create(planned(), planned(), op);

    assertThat(op.diagnostics().list()).isEmpty();
    assertThat(state).isEqualTo(stored());
    assertThat(api.requests()).containsExactly("POST /api/v1/volumes", "GET /api/v1/volumes",
        "GET /api/v1/volumes");
  }

  @Test
  void create_answerLostButVolumeListed_adoptsItWithoutASecondPost() {
    api.answer(502, "{\"error\": \"bad gateway\"}").list(LISTED).list(LISTED);

    CtyValue state = resource.create(planned(), planned(), op);

    assertThat(op.diagnostics().list()).isEmpty();
    assertThat(state).isEqualTo(stored());
    assertThat(api.requests()).filteredOn(r -> r.startsWith("POST")).hasSize(1);
  }

  @Test
  void create_nameTaken_failsWithoutStateAndSaysToImport() {
    api.answer(409, "{\"error\": \"a volume named data already exists\"}");

    CtyValue state = resource.create(planned(), planned(), op);

    assertThat(state.isNull()).isTrue();
    assertThat(op.diagnostics().list()).singleElement().satisfies(d -> {
      assertThat(d.summary()).isEqualTo("Failed to create volume \"data\"");
      assertThat(d.detail()).contains("a volume named data already exists", "import it");
    });
  }

  @Test
  void create_neverListed_keepsTheIdAndReportsTheTimeout() {
    api.answer(200, "{\"data\": {\"id\": \"" + ID + "\"}}");
    for (int i = 0; i < 5; i++) {
      api.list();
    }
    var timeoutsBlock = VolumeSchema.SCHEMA.block().block("timeouts").orElseThrow().block();
    CtyValue plan = ((CtyValue.ObjectVal) planned()).with("timeouts",
        object(timeoutsBlock, "create", "1s"));

    CtyValue state = resource.create(plan, plan, op);

    assertThat(((CtyValue.ObjectVal) state).get("id")).isEqualTo(CtyValue.string(ID));
    assertThat(state.isWhollyKnown()).isTrue();
    assertThat(op.diagnostics().list()).singleElement().satisfies(d -> {
      assertThat(d.isError()).isTrue();
      assertThat(d.detail()).contains("create timeout of 1s", ID, "tainted");
    });
  }

  @Test
  void create_cancelledWhileNotYetListed_keepsTheIdWithTheCancelError() throws Exception {
    ConnectionSource connections = api.connections();
    VolumeResource cancellable = new VolumeResource(connections);
    api.answer(200, "{\"data\": {\"id\": \"" + ID + "\"}}");
    for (int i = 0; i < 5; i++) {
      api.list();
    }

    CompletableFuture<CtyValue> created =
        CompletableFuture.supplyAsync(() -> cancellable.create(planned(), planned(), op));
    List<String> seen = new ArrayList<>();
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!seen.contains("GET /api/v1/volumes") && System.nanoTime() < deadline) {
      seen.addAll(api.requests());
    }
    connections.get().client().settings().cancellation().cancel();
    CtyValue state = created.get(20, TimeUnit.SECONDS);

    assertThat(((CtyValue.ObjectVal) state).get("id")).isEqualTo(CtyValue.string(ID));
    assertThat(op.diagnostics().list()).singleElement().satisfies(d -> {
      assertThat(d.summary()).isEqualTo("Cancelled after creating the volume \"data\" (id "
          + ID + ")");
      assertThat(d.detail()).contains("recorded in the state", "tainted");
    });
  }

  @Test
  void read_absentOrListedAsDeleted_isGone() {
    api.list().list(LISTED.replace("available", "deleted"));

    assertThat(resource.read(stored(), op).isNull()).isTrue();
    assertThat(resource.read(stored(), op).isNull()).isTrue();
    assertThat(op.diagnostics().list()).isEmpty();
  }

  @Test
  void read_unknownStatus_isKeptAndShown() {
    api.list(LISTED.replace("available", "maintenance"));

    CtyValue state = resource.read(stored(), op);

    assertThat(((CtyValue.ObjectVal) state).get("status"))
        .isEqualTo(CtyValue.string("maintenance"));
  }

  @Test
  void delete_alreadyGone_succeedsWithoutWaiting() {
    api.answer(404, "{\"error\": \"volume " + ID + " not found\"}");

    resource.delete(stored(), op);

    assertThat(op.diagnostics().list()).isEmpty();
    assertThat(api.requests()).containsExactly("DELETE /api/v1/volumes/" + ID);
  }

  @Test
  void delete_inUseOnce_retriesUntilAccepted() {
    api.answer(409, "{\"error\": \"volume " + ID + " is in use\"}")
        .answer(200, "{\"data\": {\"id\": \"" + ID + "\"}}").list();

    resource.delete(stored(), op);

    assertThat(op.diagnostics().list()).isEmpty();
    assertThat(api.requests()).containsExactly(
        "DELETE /api/v1/volumes/" + ID, "DELETE /api/v1/volumes/" + ID, "GET /api/v1/volumes");
  }

  @Test
  void delete_inUseUntilTheTimeout_failsNamingTheTimeoutAndTheApiMessage() {
    for (int i = 0; i < 5; i++) {
      api.answer(409, "{\"error\": \"volume " + ID + " is in use\"}");
    }
    var timeoutsBlock = VolumeSchema.SCHEMA.block().block("timeouts").orElseThrow().block();
    CtyValue prior = ((CtyValue.ObjectVal) stored()).with("timeouts",
        object(timeoutsBlock, "delete", "1s"));

    resource.delete(prior, op);

    assertThat(op.diagnostics().list()).singleElement().satisfies(d -> {
      assertThat(d.summary()).isEqualTo("Failed to delete volume \"data\" (id " + ID + ")");
      assertThat(d.detail()).contains("delete timeout of 1s", "is in use", "timeouts.delete");
    });
  }

  @Test
  void importState_scopedOrBareId_fillsScope() {
    CtyValue scoped = resource.importState("alice@example.com/elsewhere/" + ID, op);
    CtyValue bare = resource.importState(ID, op);

    assertThat(((CtyValue.ObjectVal) scoped).get("project"))
        .isEqualTo(CtyValue.string("alice@example.com"));
    assertThat(((CtyValue.ObjectVal) scoped).get("region"))
        .isEqualTo(CtyValue.string("elsewhere"));
    assertThat(((CtyValue.ObjectVal) bare).get("project"))
        .isEqualTo(CtyValue.string(TestConnections.PROJECT));
    assertThat(((CtyValue.ObjectVal) bare).get("id")).isEqualTo(CtyValue.string(ID));
  }

  @Test
  void importState_malformedId_errorsWithTheAcceptedForms() {
    CtyValue state = resource.importState("a/b", op);

    assertThat(state.isNull()).isTrue();
    assertThat(op.diagnostics().list()).extracting(Diagnostic::detail).singleElement()
        .asString().contains("<project>/<region>/<id>");
  }
}
