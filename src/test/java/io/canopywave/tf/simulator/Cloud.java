package io.canopywave.tf.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Common API calls of the tests, in bob's project in the sequoia region. */
final class Cloud {
  static final String PROJECT = "bob@example.com";
  static final String REGION = "sequoia";
  /** The query string of calls scoped to a project and region. */
  static final String SCOPE = "?project=bob%40example.com&region=sequoia";

  /** The reference's example public key (its fingerprint there is correct). */
  static final String REFERENCE_KEY =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMy/6SeyjtenrEyUDS4b7LBMCphEOPQu1tcnWGE7keZe"
          + " alice@example.com";

  private final ApiClient api;

  Cloud(ApiClient api) {
    this.api = api;
  }

  /** A valid launch body for a CPU instance; tests change fields of it. */
  static Map<String, Object> launchBody(String name) {
    var body = new LinkedHashMap<String, Object>();
    body.put("region", REGION);
    body.put("project", PROJECT);
    body.put("name", name);
    body.put("flavor", "m1.advanced");
    body.put("image", "CPU-Ubuntu.22.04");
    body.put("password", "Sup3r-secret!");
    return body;
  }

  static Map<String, Object> scoped(Map<String, Object> fields) {
    var body = new LinkedHashMap<String, Object>();
    body.put("region", REGION);
    body.put("project", PROJECT);
    body.putAll(fields);
    return body;
  }

  String launch(String name) {
    var reply = api.post("/instance-operations/launch", launchBody(name));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return (String) reply.dataMap().get("id");
  }

  ApiClient.Reply detail(String id) {
    return api.get("/instances/" + id + SCOPE);
  }

  String detailStatus(String id) {
    return (String) detail(id).dataMap().get("status");
  }

  /** Polls the detail until it shows the status; fails after the timeout. */
  void awaitStatus(String id, String status, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = null;
    while (System.nanoTime() < deadline) {
      last = detailStatus(id);
      if (status.equals(last)) {
        return;
      }
      sleep(20);
    }
    throw new AssertionError("instance " + id + " never reached " + status + "; last " + last);
  }

  ApiClient.Reply terminate(String id) {
    return api.post("/instance-operations/terminate", scoped(Map.of("id", id)));
  }

  String createVolume(String name, long size) {
    var reply = api.post("/volumes", scoped(Map.of("name", name, "type", "hdd", "size", size)));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return (String) reply.dataMap().get("id");
  }

  String createFileSystem(String name, long size) {
    var reply = api.post("/file-systems", scoped(Map.of("name", name, "size", size)));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return (String) reply.dataMap().get("id");
  }

  /** The new IP's {@code {"id", "ip"}}. */
  Map<String, Object> allocateIp() {
    var reply = api.post("/ips", scoped(Map.of()));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.dataMap();
  }

  ApiClient.Reply associate(String ipId, String instanceId) {
    return api.post("/ips/" + ipId + "/associate", scoped(Map.of("instanceId", instanceId)));
  }

  ApiClient.Reply addKey(String name, String publicKey) {
    var fields = new LinkedHashMap<String, Object>();
    fields.put("name", name);
    if (publicKey != null) {
      fields.put("publicKey", publicKey);
    }
    return api.post("/ssh-keys", scoped(fields));
  }

  /** A JSON object from a parsed answer, typed for assertions. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object json) {
    return (Map<String, Object>) json;
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
