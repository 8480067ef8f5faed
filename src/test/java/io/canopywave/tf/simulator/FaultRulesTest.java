package io.canopywave.tf.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each option of {@code POST /_simulator/faults}, through {@link SimulatorControl}. */
class FaultRulesTest {
  @RegisterExtension static final SimulatorExtension SIM = new SimulatorExtension();

  private final ApiClient api = SIM.api();
  private final Cloud cloud = SIM.cloud();
  private final SimulatorControl control = SIM.control();

  @Test
  void status_withTimesOne_answersTheNextCallOnlyThenBehavesNormally() {
    control.addFault(Map.of("method", "GET", "path", "/api/v1/projects", "status", 503,
        "times", 1));

    var first = api.get("/projects");
    var second = api.get("/projects");

    assertThat(first.status()).isEqualTo(503);
    assertThat(first.error()).startsWith("simulated fault f");
    assertThat(second.status()).isEqualTo(200);
  }

  @Test
  void body_jsonObject_isAnsweredAsJsonWithTheStatus() {
    control.addFault(FaultRule.on("POST", "/api/v1/instance-operations/launch").status(400)
        .body(Map.of("error", "no capacity for H100-8 in sequoia")).build());

    var reply = api.post("/instance-operations/launch", Cloud.launchBody("big"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.error()).isEqualTo("no capacity for H100-8 in sequoia");
    assertThat(control.objects("instances")).isEmpty();
  }

  @Test
  void body_plainString_isAnsweredAsTextExactly() {
    control.addFault(FaultRule.on("GET", "/api/v1/images").status(401)
        .body("401: Unauthorized").build());

    var reply = api.get("/images");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.body()).isEqualTo("401: Unauthorized");
    assertThat(reply.header("Content-Type")).startsWith("text/plain");
  }

  @Test
  void body_html_isAnsweredAsHtml() {
    String html = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
    control.addFault(FaultRule.on("GET", "/api/v1/images").status(502).body(html).build());

    var reply = api.get("/images");

    assertThat(reply.status()).isEqualTo(502);
    assertThat(reply.body()).isEqualTo(html);
    assertThat(reply.header("Content-Type")).startsWith("text/html");
  }

  @Test
  void body_emptyString_answersAnEmptyBody() {
    control.addFault(FaultRule.on("GET", "/api/v1/images").status(500).body("").build());

    var reply = api.get("/images");

    assertThat(reply.status()).isEqualTo(500);
    assertThat(reply.body()).isEmpty();
  }

  @Test
  void bodyWithoutStatus_answers200WithThatBody() {
    control.addFault(FaultRule.on("GET", "/api/v1/images").body(Map.of("data", List.of()))
        .build());

    var reply = api.get("/images");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.data()).isEqualTo(List.of());
  }

  @Test
  void headers_withStatus_areSentWithTheFault() {
    control.addFault(FaultRule.on("GET", "/api/v1/projects").status(429)
        .headers(Map.of("Retry-After", "2")).build());

    var reply = api.get("/projects");

    assertThat(reply.status()).isEqualTo(429);
    assertThat(reply.header("Retry-After")).isEqualTo("2");
  }

  @Test
  void headers_alone_areAddedToTheRealAnswer() {
    control.addFault(FaultRule.on("GET", "/api/v1/projects")
        .headers(Map.of("X-Simulated", "yes")).build());

    var reply = api.get("/projects");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("X-Simulated")).isEqualTo("yes");
    assertThat(reply.data()).isEqualTo(Catalog.PROJECTS);
  }

  @Test
  void delayMs_alone_delaysTheRealAnswer() {
    control.addFault(FaultRule.on("GET", "/api/v1/images").delayMs(300).build());

    long started = System.nanoTime();
    var reply = api.get("/images");
    long elapsedMs = (System.nanoTime() - started) / 1_000_000;

    assertThat(reply.status()).isEqualTo(200);
    assertThat(elapsedMs).isGreaterThanOrEqualTo(300);
  }

  @Test
  void drop_closesTheConnectionWithoutAnswerAndDoesNoWork() {
    control.addFault(FaultRule.on("POST", "/api/v1/instance-operations/launch").drop().build());

    assertThatThrownBy(() -> api.post("/instance-operations/launch", Cloud.launchBody("lost")))
        .isInstanceOf(UncheckedIOException.class);

    assertThat(control.objects("instances")).isEmpty();
    var logged = control.requests("POST", "/api/v1/instance-operations/launch");
    assertThat(logged).hasSize(1);
    assertThat(logged.getFirst()).containsEntry("status", 0L).containsEntry("dropped", true);
  }

  @Test
  void dropAfter_createsTheInstanceButNeverAnswers() {
    control.addFault(FaultRule.on("POST", "/api/v1/instance-operations/launch").drop().after()
        .build());

    assertThatThrownBy(() -> api.post("/instance-operations/launch", Cloud.launchBody("ghost")))
        .isInstanceOf(UncheckedIOException.class);

    assertThat(control.objects("instances")).extracting(item -> item.get("name"))
        .containsExactly("ghost");
  }

  @Test
  void statusAfter_doesTheRealWorkThenAnswersTheFault() {
    control.addFault(Map.of("method", "POST", "path", "/api/v1/instance-operations/launch",
        "status", 504, "after", true, "times", 1));

    var reply = api.post("/instance-operations/launch", Cloud.launchBody("ambiguous"));
    var retry = api.post("/instance-operations/launch", Cloud.launchBody("ambiguous"));

    assertThat(reply.status()).isEqualTo(504);
    assertThat(control.objects("instances")).hasSize(1);
    assertThat(retry.status()).isEqualTo(409);
  }

  @Test
  void times_faultsTheFirstNMatchesOnly() {
    control.addFault(FaultRule.on("GET", "/api/v1/**").status(500).times(2).build());

    var statuses = List.of(api.get("/images").status(), api.get("/projects").status(),
        api.get("/images").status(), api.get("/projects").status());

    assertThat(statuses).containsExactly(500, 500, 200, 200);
    assertThat(control.faults().getFirst()).containsEntry("fired", 2L)
        .containsEntry("exhausted", true);
  }

  @Test
  void every_faultsEveryNthMatch() {
    control.addFault(FaultRule.on("GET", "/api/v1/images").status(429).every(3).build());

    var statuses = new ArrayList<Integer>();
    for (int i = 0; i < 7; i++) {
      statuses.add(api.get("/images").status());
    }

    assertThat(statuses).containsExactly(200, 200, 429, 200, 200, 429, 200);
  }

  @Test
  void every_twoRules_splitEveryThirdRequestBetweenThem() {
    control.addFault(FaultRule.on(null, "/api/v1/**").status(429)
        .headers(Map.of("Retry-After", "1")).every(6).build());
    control.addFault(FaultRule.on(null, "/api/v1/**").status(429).every(3).build());

    var retryAfter = new ArrayList<String>();
    var statuses = new ArrayList<Integer>();
    for (int i = 0; i < 12; i++) {
      var reply = api.get("/images");
      statuses.add(reply.status());
      retryAfter.add(reply.header("Retry-After"));
    }

    assertThat(statuses).containsExactly(200, 200, 429, 200, 200, 429, 200, 200, 429, 200, 200,
        429);
    assertThat(retryAfter.get(2)).isNull();
    assertThat(retryAfter.get(5)).isEqualTo("1");
    assertThat(retryAfter.get(8)).isNull();
    assertThat(retryAfter.get(11)).isEqualTo("1");
  }

  @Test
  void rps_faultsOnlyAboveTheRate() throws Exception {
    control.addFault(FaultRule.on(null, "/api/v1/**").status(429).rps(5).build());

    var statuses = new ArrayList<Integer>();
    try (var pool = Executors.newFixedThreadPool(4)) {
      var replies = new ArrayList<Future<Integer>>();
      for (int i = 0; i < 20; i++) {
        replies.add(pool.submit(() -> api.get("/images").status()));
      }
      for (var reply : replies) {
        statuses.add(reply.get());
      }
    }
    Cloud.sleep(1100);
    int calm = api.get("/images").status();

    assertThat(statuses).contains(429);
    assertThat(statuses.stream().filter(status -> status == 200)).hasSizeGreaterThanOrEqualTo(5);
    assertThat(calm).isEqualTo(200);
  }

  @Test
  void query_matchesOnlyRequestsWithThoseParameters() {
    control.addFault(FaultRule.on("GET", "/api/v1/volumes").query(Map.of("region", "redwood"))
        .status(503).build());

    var sequoia = api.get("/volumes?project=bob%40example.com&region=sequoia");
    var redwood = api.get("/volumes?project=bob%40example.com&region=redwood");

    assertThat(sequoia.status()).isEqualTo(200);
    assertThat(redwood.status()).isEqualTo(503);
  }

  @Test
  void query_valueGlob_matchesAnyValue() {
    control.addFault(FaultRule.on("GET", "/api/v1/volumes").query(Map.of("project", "bob*"))
        .status(503).build());

    assertThat(api.get("/volumes" + Cloud.SCOPE).status()).isEqualTo(503);
    assertThat(api.get("/volumes?project=alice%40example.com&region=sequoia").status())
        .isEqualTo(200);
  }

  @Test
  void pathStar_matchesOneSegmentAndDoubleStarAny() {
    String instanceId = cloud.launch("host");
    String ipId = (String) cloud.allocateIp().get("id");
    cloud.associate(ipId, instanceId);
    control.addFault(FaultRule.on("DELETE", "/api/v1/ips/*").status(409)
        .body(Map.of("error", "ip is in use")).build());

    var disassociate = api.delete("/ips/" + ipId + "/disassociate" + Cloud.SCOPE);
    var release = api.delete("/ips/" + ipId + Cloud.SCOPE);

    assertThat(disassociate.status()).isEqualTo(200);
    assertThat(release.status()).isEqualTo(409);
    assertThat(release.error()).contains("in use");
  }

  @Test
  void method_star_matchesEveryMethod() {
    control.addFault(FaultRule.on("*", "/api/v1/**").status(500).build());

    assertThat(api.get("/images").status()).isEqualTo(500);
    assertThat(api.post("/ips", Cloud.scoped(Map.of())).status()).isEqualTo(500);
    assertThat(api.delete("/ips/x" + Cloud.SCOPE).status()).isEqualTo(500);
  }

  @Test
  void untilGone_kind_faultsWhileAnyInstanceLivesThenStops() {
    String instanceId = cloud.launch("user-of-volume");
    String volumeId = cloud.createVolume("attached", 10);
    control.addFault(FaultRule.on("DELETE", "/api/v1/volumes/*").status(409)
        .body(Map.of("error", "volume " + volumeId + " is in use"))
        .untilGone("instances", null, null).build());

    var blocked = api.delete("/volumes/" + volumeId + Cloud.SCOPE);
    cloud.terminate(instanceId);
    var freed = api.delete("/volumes/" + volumeId + Cloud.SCOPE);

    assertThat(blocked.status()).isEqualTo(409);
    assertThat(blocked.error()).contains("in use");
    assertThat(freed.status()).isEqualTo(200);
  }

  @Test
  void untilGone_name_countsALingeringTerminatedInstanceAsGone() {
    control.config(Map.of("linger_seconds", 30));
    String instanceId = cloud.launch("web");
    cloud.launch("other");
    String ipId = (String) cloud.allocateIp().get("id");
    control.addFault(Map.of("method", "DELETE", "path", "/api/v1/ips/*", "status", 409,
        "until_gone", Map.of("kind", "instances", "name", "web")));

    var blocked = api.delete("/ips/" + ipId + Cloud.SCOPE);
    cloud.terminate(instanceId);
    var released = api.delete("/ips/" + ipId + Cloud.SCOPE);

    assertThat(blocked.status()).isEqualTo(409);
    assertThat(released.status()).isEqualTo(200);
  }

  @Test
  void faults_listCountersAndRemoveOneOrAll() {
    String first = control.addFault(FaultRule.on("GET", "/api/v1/images").status(500).build());
    String second = control.addFault(FaultRule.on("GET", "/api/v1/projects").status(500).build());
    api.get("/images");

    var listed = control.faults();
    control.removeFault(first);
    var afterRemove = control.faults();
    control.clearFaults();

    assertThat(listed).extracting(rule -> rule.get("id")).containsExactly(first, second);
    assertThat(listed.getFirst()).containsEntry("matched", 1L).containsEntry("fired", 1L)
        .containsEntry("path", "/api/v1/images").containsEntry("status", 500L);
    assertThat(afterRemove).extracting(rule -> rule.get("id")).containsExactly(second);
    assertThat(control.faults()).isEmpty();
    assertThat(api.get("/projects").status()).isEqualTo(200);
  }

  @Test
  void removeFault_unknownId_isRefusedWith404() {
    assertThatThrownBy(() -> control.removeFault("f999"))
        .isInstanceOfSatisfying(SimulatorControl.ControlException.class,
            e -> assertThat(e.status()).isEqualTo(404));
  }

  @Test
  void addFault_invalidRule_isRefusedWith400AndTheReason() {
    assertThatThrownBy(() -> control.addFault(Map.of("path", "/api/v1/images", "colour", 1)))
        .hasMessageContaining("400").hasMessageContaining("unknown fault field colour");
    assertThatThrownBy(() -> control.addFault(Map.of("path", "/api/v1/images")))
        .hasMessageContaining("a rule needs at least one of");
    assertThatThrownBy(() -> control.addFault(Map.of("path", "/x", "status", 999)))
        .hasMessageContaining("status must be between 200 and 599");
    assertThatThrownBy(() -> control.addFault(Map.of("path", "/x", "delay_ms", 5, "after", true)))
        .hasMessageContaining("after needs status, body or drop");
    assertThat(control.faults()).isEmpty();
  }

  @Test
  void faults_neverTouchTheControlApi() {
    control.addFault(FaultRule.on(null, "/**").status(500).build());

    assertThat(control.objects()).containsKeys("instances", "ips");
    assertThat(api.get("/images").status()).isEqualTo(500);
  }
}
