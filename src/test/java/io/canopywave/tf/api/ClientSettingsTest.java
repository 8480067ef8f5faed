package io.canopywave.tf.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClientSettingsTest {

  @Test
  void builder_onlyBaseUrl_hasTheDocumentedDefaults() {
    ClientSettings settings = ClientSettings.builder().baseUrl("http://127.0.0.1:1/api/v1")
        .build();

    assertThat(settings.apiKey()).isEmpty();
    assertThat(settings.requestsPerSecond()).isEqualTo(5);
    assertThat(settings.burst()).isEqualTo(1);
    assertThat(settings.maxRetries()).isEqualTo(5);
    assertThat(settings.retryBaseDelay()).isEqualTo(Duration.ofMillis(250));
    assertThat(settings.retryMaxDelay()).isEqualTo(Duration.ofSeconds(8));
    assertThat(settings.listCacheTtl()).isEqualTo(Duration.ofSeconds(2));
    assertThat(settings.userAgent()).startsWith("terraform-provider-canopywave/");
    assertThat(settings.toString()).contains("apiKey=(none)");
  }

  @Test
  void builder_noBaseUrl_isRefused() {
    assertThatThrownBy(() -> ClientSettings.builder().build())
        .isInstanceOf(NullPointerException.class).hasMessage("baseUrl");
  }

  @Test
  void builder_badValues_areRefusedWithoutShowingTheKey() {
    ClientSettings ok = ClientSettings.builder().baseUrl("http://127.0.0.1:1/api/v1")
        .apiKey("secret-key-value").build();

    assertThatThrownBy(() -> ok.toBuilder().baseUrl("ftp://127.0.0.1/x").build())
        .hasMessageContaining("http(s)");
    assertThatThrownBy(() -> ok.toBuilder().baseUrl("not a url").build())
        .hasMessageContaining("not a valid URL");
    assertThatThrownBy(() -> ok.toBuilder().requestsPerSecond(0).build())
        .hasMessageContaining("requestsPerSecond");
    assertThatThrownBy(() -> ok.toBuilder().maxRetries(-1).build())
        .hasMessageContaining("maxRetries")
        .message().doesNotContain("secret-key-value");
  }

  @Test
  void toBuilder_roundTrip_keepsEverything() {
    ClientSettings settings = ClientSettings.builder().baseUrl("https://127.0.0.1/api/v1")
        .apiKey("k").requestsPerSecond(2.5).burst(3).maxRetries(1)
        .listCacheTtl(Duration.ZERO).build();

    assertThat(settings.toBuilder().build()).isEqualTo(settings);
  }
}
