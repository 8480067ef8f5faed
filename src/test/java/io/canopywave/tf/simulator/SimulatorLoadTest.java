package io.canopywave.tf.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Many clients at once: no lost or duplicated objects, and a usable speed. */
class SimulatorLoadTest {
  @RegisterExtension static final SimulatorExtension SIM = new SimulatorExtension();

  private static final int CLIENTS = 16;

  @Test
  void parallelClients_create500ObjectsAndReadThemBack_consistently() throws Exception {
    var api = SIM.api();
    var tasks = new ArrayList<Callable<List<Integer>>>();
    for (int client = 0; client < CLIENTS; client++) {
      int first = client;
      tasks.add(() -> {
        var statuses = new ArrayList<Integer>();
        for (int n = first; n < 500; n += CLIENTS) {
          var kind = n % 2 == 0 ? "/volumes" : "/file-systems";
          var fields = n % 2 == 0 ? Map.<String, Object>of("name", "obj-" + n, "type", "hdd",
              "size", 1 + n) : Map.<String, Object>of("name", "obj-" + n, "size", 1 + n);
          statuses.add(api.post(kind, Cloud.scoped(fields)).status());
          statuses.add(api.get(kind + Cloud.SCOPE).status());
          statuses.add(api.get("/projects").status());
        }
        return statuses;
      });
    }

    long started = System.nanoTime();
    var statuses = new ArrayList<Integer>();
    try (var pool = Executors.newFixedThreadPool(CLIENTS)) {
      for (Future<List<Integer>> result : pool.invokeAll(tasks)) {
        statuses.addAll(result.get());
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;

    assertThat(statuses).hasSize(1500).containsOnly(200);
    var volumes = api.get("/volumes" + Cloud.SCOPE).dataList();
    var fileSystems = api.get("/file-systems" + Cloud.SCOPE).dataList();
    assertThat(volumes).hasSize(250);
    assertThat(fileSystems).hasSize(250);
    var ids = new HashSet<Object>();
    volumes.forEach(item -> ids.add(item.get("id")));
    fileSystems.forEach(item -> ids.add(item.get("id")));
    assertThat(ids).hasSize(500);
    assertThat(SIM.control().requests()).hasSize(1502);
    System.out.printf("1500 requests from %d clients in %.2f s (%.0f requests/s)%n", CLIENTS,
        seconds, 1500 / seconds);
  }

  @Test
  void parallelLaunches_sameName_exactlyOneWins() throws Exception {
    var api = SIM.api();
    var statuses = new ArrayList<Integer>();
    try (var pool = Executors.newFixedThreadPool(12)) {
      var results = new ArrayList<Future<Integer>>();
      for (int i = 0; i < 12; i++) {
        results.add(pool.submit(() -> api.post("/instance-operations/launch",
            Cloud.launchBody("contested")).status()));
      }
      for (var result : results) {
        statuses.add(result.get());
      }
    }

    assertThat(statuses).containsOnly(200, 409);
    assertThat(statuses.stream().filter(status -> status == 200)).hasSize(1);
    assertThat(SIM.control().objects("instances")).hasSize(1);
  }

  @Test
  void listOf500Instances_isFast() {
    var api = SIM.api();
    for (int i = 0; i < 500; i++) {
      api.post("/instance-operations/launch", Cloud.launchBody("vm-" + i));
    }

    long started = System.nanoTime();
    var listed = api.get("/instances?project=bob%40example.com").dataList();
    long elapsedMs = (System.nanoTime() - started) / 1_000_000;

    assertThat(listed).hasSize(500);
    assertThat(elapsedMs).isLessThan(1000);
  }
}
