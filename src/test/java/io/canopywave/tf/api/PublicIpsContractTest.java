package io.canopywave.tf.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.canopywave.tf.api.model.AllocatedIp;
import io.canopywave.tf.api.model.IpAssociation;
import io.canopywave.tf.api.model.PublicIp;
import io.canopywave.tf.api.model.Scope;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The reference's public IP examples, replayed byte for byte. */
class PublicIpsContractTest {
  private static final Scope SCOPE = new Scope("bob@example.com", "sequoia");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final MockApi api = new MockApi();
  private final CanopyWaveClient client = api.client();

  @AfterEach
  void stop() {
    client.close();
    api.close();
  }

  @Test
  void list_referenceExample_readsServerNamesAndStatus() {
    api.enqueueExample("ips-list");

    assertThat(client.publicIps().list(SCOPE, CacheMode.SHARED)).containsExactly(
        new PublicIp("09e40279-e757-461f-a6e7-82829aba8536", "213.181.122.171", "bob-2",
            "ACTIVE"),
        new PublicIp("5bb56a56-372f-41ff-b746-52460f03e99d", "213.181.122.206", null, "DOWN"));
    assertThat(api.take().getUrl().encodedPath()).isEqualTo("/api/v1/ips");
  }

  @Test
  void allocate_referenceExample_returnsIdAndAddress() throws Exception {
    api.enqueueExample("ip-allocate");

    AllocatedIp ip = client.publicIps().allocate(SCOPE);

    assertThat(ip).isEqualTo(
        new AllocatedIp("d3889c71-72b0-43bd-8ab5-7c8091264cf9", "213.181.122.218"));
    RecordedRequest request = api.take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(JSON.readTree(request.getBody().utf8()))
        .isEqualTo(JSON.readTree("{\"region\": \"sequoia\", \"project\": \"bob@example.com\"}"));
  }

  @Test
  void associate_referenceExample_returnsTheThreeIds() throws Exception {
    api.enqueueExample("ip-associate");

    IpAssociation association = client.publicIps().associate(SCOPE,
        "09e40279-e757-461f-a6e7-82829aba8536", "9bc56d2b-411b-47c3-b93a-691c3931009c");

    assertThat(association).isEqualTo(new IpAssociation("9bc56d2b-411b-47c3-b93a-691c3931009c",
        "09e40279-e757-461f-a6e7-82829aba8536", "e56bc512-14a0-4ecd-9480-ca83f8695c4c"));
    RecordedRequest request = api.take();
    assertThat(request.getUrl().encodedPath())
        .isEqualTo("/api/v1/ips/09e40279-e757-461f-a6e7-82829aba8536/associate");
    assertThat(JSON.readTree(request.getBody().utf8())).isEqualTo(JSON.readTree(
        "{\"region\": \"sequoia\", \"project\": \"bob@example.com\","
            + " \"instanceId\": \"9bc56d2b-411b-47c3-b93a-691c3931009c\"}"));
  }

  @Test
  void disassociate_referenceExample_isADelete() {
    api.enqueueExample("ip-disassociate");

    assertThat(client.publicIps().disassociate(SCOPE, "09e40279-e757-461f-a6e7-82829aba8536"))
        .isEqualTo("09e40279-e757-461f-a6e7-82829aba8536");
    RecordedRequest request = api.take();
    assertThat(request.getMethod()).isEqualTo("DELETE");
    assertThat(request.getUrl().encodedPath())
        .isEqualTo("/api/v1/ips/09e40279-e757-461f-a6e7-82829aba8536/disassociate");
    assertThat(request.getUrl().queryParameter("project")).isEqualTo("bob@example.com");
  }

  @Test
  void release_referenceExample_returnsTheId() {
    api.enqueueExample("ip-release");

    assertThat(client.publicIps().release(SCOPE, "09e40279-e757-461f-a6e7-82829aba8536"))
        .isEqualTo("09e40279-e757-461f-a6e7-82829aba8536");
    RecordedRequest request = api.take();
    assertThat(request.getMethod()).isEqualTo("DELETE");
    assertThat(request.getUrl().encodedPath())
        .isEqualTo("/api/v1/ips/09e40279-e757-461f-a6e7-82829aba8536");
  }
}
