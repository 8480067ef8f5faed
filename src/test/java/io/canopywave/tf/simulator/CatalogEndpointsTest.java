package io.canopywave.tf.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogEndpointsTest {
  @RegisterExtension static final SimulatorExtension SIM = new SimulatorExtension();

  @Test
  void projects_authorized_answerTheReferenceExample() {
    var reply = SIM.api().get("/projects");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("Content-Type")).isEqualTo("application/json");
    assertThat(reply.json()).isEqualTo(JsonShapes.reference("projects"));
  }

  @Test
  void images_authorized_answerTheReferenceExample() {
    assertThat(SIM.api().get("/images").json()).isEqualTo(JsonShapes.reference("images"));
  }

  @Test
  void instanceTypes_authorized_answerTheReferenceFourExactly() {
    var reply = SIM.api().get("/instance-types");

    assertThat(reply.json()).isEqualTo(JsonShapes.reference("instance-types"));
    assertThat(reply.body()).startsWith("{\"data\":[{\"flavor\":\"H100-4\",\"images\":[");
  }

  @Test
  void billing_withProject_answersABareListOfReferenceShapedStatements() {
    var reply = SIM.api().get("/billing?project=bob%40example.com");

    assertThat(reply.status()).isEqualTo(200);
    var statements = (List<?>) reply.json();
    assertThat(statements).hasSize(1);
    assertThat(JsonShapes.differences(JsonShapes.reference("billing"), statements.getFirst()))
        .isEmpty();
  }

  @Test
  void billing_withLiveInstances_sumsTheirListPrices() {
    SIM.cloud().launch("priced-1");
    SIM.cloud().launch("priced-2");

    var statement = (Map<?, ?>) ((List<?>) SIM.api().get("/billing?project=bob%40example.com")
        .json()).getFirst();

    assertThat(statement.get("amount")).isEqualTo("112.00");
  }

  @Test
  void billing_withoutProject_isRefusedWith400() {
    var reply = SIM.api().get("/billing");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.error()).isEqualTo("project is required");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "GET, /projects",
    "GET, /images",
    "GET, /instance-types",
    "GET, /billing?project=bob%40example.com",
    "GET, /instances?project=bob%40example.com",
    "GET, /instances/running?project=bob%40example.com&region=sequoia",
    "GET, /instances/some-id?project=bob%40example.com&region=sequoia",
    "POST, /instance-operations/launch",
    "POST, /instance-operations/restart",
    "POST, /instance-operations/terminate",
    "GET, /ssh-keys?project=bob%40example.com&region=sequoia",
    "POST, /ssh-keys",
    "DELETE, /ssh-keys/name?project=bob%40example.com&region=sequoia",
    "GET, /file-systems?project=bob%40example.com&region=sequoia",
    "POST, /file-systems",
    "DELETE, /file-systems/id?project=bob%40example.com&region=sequoia",
    "GET, /volumes?project=bob%40example.com&region=sequoia",
    "POST, /volumes",
    "DELETE, /volumes/id?project=bob%40example.com&region=sequoia",
    "GET, /ips?project=bob%40example.com&region=sequoia",
    "POST, /ips",
    "POST, /ips/id/associate",
    "DELETE, /ips/id/disassociate?project=bob%40example.com&region=sequoia",
    "DELETE, /ips/id?project=bob%40example.com&region=sequoia",
  })
  void everyEndpoint_withoutKey_answersThePlainText401(String method, String path) {
    var body = method.equals("POST") ? Json.write(Cloud.launchBody("x")) : null;

    var reply = SIM.api().withKey(null).send(method, path, body);

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.body()).isEqualTo("401: Unauthorized");
    assertThat(reply.header("Content-Type")).startsWith("text/plain");
  }

  @Test
  void anyEndpoint_withWrongKey_answers401AndChangesNothing() {
    var reply = SIM.api().withKey("not-the-key").post(
        "/instance-operations/launch", Cloud.launchBody("sneaky"));

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.body()).isEqualTo("401: Unauthorized");
    assertThat(SIM.control().objects("instances")).isEmpty();
  }

  @Test
  void unknownPath_underTheApi_answers404WithAJsonError() {
    var reply = SIM.api().get("/no-such-thing");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.error()).contains("no such endpoint");
  }

  @Test
  void knownPath_withAnotherMethod_answers405() {
    var reply = SIM.api().send("PUT", "/projects", "{}");

    assertThat(reply.status()).isEqualTo(405);
    assertThat(reply.error()).contains("PUT");
  }

  @Test
  void postBody_notJson_isRefusedWith400() {
    var reply = SIM.api().post("/instance-operations/launch", "{not json");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.error()).startsWith("the request body is not valid JSON");
  }

  @Test
  void postBody_notAnObject_isRefusedWith400() {
    var reply = SIM.api().post("/ips", "[1, 2]");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.error()).isEqualTo("the request body must be a JSON object");
  }

  @Test
  void query_malformedEscape_isRefusedWith400() throws Exception {
    // java.net.http refuses to send such a URI, so this speaks HTTP over a plain socket.
    try (var socket = new Socket("127.0.0.1", SIM.simulator().port())) {
      socket.setSoTimeout(5000);
      socket.getOutputStream().write(("GET /api/v1/instances?project=%zz HTTP/1.1\r\n"
          + "Host: 127.0.0.1\r\nAuthorization: Bearer " + SIM.simulator().apiKey()
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      var reader = new BufferedReader(
          new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));

      assertThat(reader.readLine()).startsWith("HTTP/1.1 400");
    }
  }
}
