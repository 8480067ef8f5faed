package io.canopywave.tf.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserAgentTest {

  @Test
  void header_beforeAndAfterConfigure_namesProviderThenClient() {
    try (MockApi api = new MockApi();
        CanopyWaveClient client = new CanopyWaveClient(api.settings()
            .userAgent(UserAgent.productFor("1.2.3")).build())) {
      api.enqueueExample("images");
      api.enqueueExample("projects");

      client.catalog().images();
      client.setTerraformClient("OpenTofu", "1.11.2");
      client.account().projects();

      String product = "terraform-provider-canopywave/1.2.3 (+" + UserAgent.PROJECT_URL + ")";
      assertThat(api.take().getHeaders().get("User-Agent")).isEqualTo(product);
      assertThat(api.take().getHeaders().get("User-Agent"))
          .isEqualTo(product + " OpenTofu/1.11.2");
    }
  }

  @Test
  void setClient_nonAsciiOrBlank_isMadeHeaderSafe() {
    UserAgent agent = new UserAgent("p/1");

    agent.setClient("Terräform\n", " ");

    assertThat(agent.value()).isEqualTo("p/1 Terr?form/unknown");
  }
}
