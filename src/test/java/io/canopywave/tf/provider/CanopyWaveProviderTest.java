package io.canopywave.tf.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.canopywave.tf.cancel.Cancellation;
import io.canopywave.tf.plugin.log.Secrets;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Diagnostic;
import io.canopywave.tf.schema.Diagnostics;
import io.canopywave.tf.spi.ClientCapabilities;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import java.math.BigDecimal;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CanopyWaveProviderTest {
  private static final String LOOPBACK = "http://127.0.0.1:9/api/v1";

  private static Operation operation() {
    return new Operation(new Diagnostics(), ClientCapabilities.NONE, new Cancellation());
  }

  /** A provider block with every attribute null except those given. */
  private static CtyValue config(CanopyWaveProvider provider, Map<String, CtyValue> set) {
    CtyType.ObjectOf type = provider.schema().impliedType();
    Map<String, CtyValue> attributes = new HashMap<>();
    type.attributes().forEach((name, t) -> attributes.put(name, CtyValue.nullOf(t)));
    attributes.putAll(set);
    return CtyValue.object(type, attributes);
  }

  private static ProviderConfig configured(Map<String, String> env, Map<String, CtyValue> set) {
    CanopyWaveProvider provider = new CanopyWaveProvider(env);
    Operation op = operation();
    provider.configure(config(provider, set), "1.11.0", op);
    assertThat(op.diagnostics().list()).isEmpty();
    return provider.config();
  }

  @Test
  void schema_apiKey_isOptionalAndSensitive() {
    var apiKey = new CanopyWaveProvider(Map.of()).schema().block().attribute("api_key")
        .orElseThrow();

    assertThat(apiKey.optional()).isTrue();
    assertThat(apiKey.sensitive()).isTrue();
    assertThat(apiKey.description()).contains("CANOPYWAVE_API_KEY");
  }

  @Test
  void schema_everySetting_isOptionalWithADescription() {
    var block = new CanopyWaveProvider(Map.of()).schema().block();

    assertThat(block.attributes()).extracting(a -> a.name()).containsExactlyInAnyOrder(
        "api_key", "api_url", "project", "region", "requests_per_second", "max_retries");
    assertThat(block.attributes()).allSatisfy(a -> {
      assertThat(a.optional()).isTrue();
      assertThat(a.description()).isNotBlank();
    });
  }

  @Test
  void configure_attributesOnly_winOverEnvironment() {
    Map<String, String> env = Map.of("CANOPYWAVE_API_KEY", "env-key",
        "CANOPYWAVE_API_URL", "http://127.0.0.1:1/env", "CANOPYWAVE_PROJECT", "env-project",
        "CANOPYWAVE_REGION", "env-region", "CANOPYWAVE_REQUESTS_PER_SECOND", "3");

    ProviderConfig config = configured(env, Map.of(
        "api_key", CtyValue.string("attr-key"),
        "api_url", CtyValue.string(LOOPBACK),
        "project", CtyValue.string("attr-project"),
        "region", CtyValue.string("attr-region"),
        "requests_per_second", CtyValue.number(new BigDecimal("2.5")),
        "max_retries", CtyValue.number(0)));

    assertThat(config).isEqualTo(new ProviderConfig("attr-key", URI.create(LOOPBACK),
        "attr-project", "attr-region", 2.5, 0, "1.11.0"));
  }

  @Test
  void configure_nullAttributes_fallBackToEnvironment() {
    Map<String, String> env = Map.of("CANOPYWAVE_API_KEY", "env-key",
        "CANOPYWAVE_API_URL", LOOPBACK, "CANOPYWAVE_PROJECT", "env-project",
        "CANOPYWAVE_REGION", "env-region", "CANOPYWAVE_REQUESTS_PER_SECOND", "3");

    ProviderConfig config = configured(env, Map.of());

    assertThat(config).isEqualTo(new ProviderConfig("env-key", URI.create(LOOPBACK),
        "env-project", "env-region", 3, 5, "1.11.0"));
  }

  @Test
  void configure_nothingButAKey_usesDefaults() {
    ProviderConfig config = configured(Map.of(), Map.of("api_key", CtyValue.string("test-api-key-0001")));

    assertThat(config.apiUrl()).isEqualTo(URI.create("https://cloud-api.canopywave.io/api/v1"));
    assertThat(config.requestsPerSecond()).isEqualTo(10);
    assertThat(config.maxRetries()).isEqualTo(5);
    assertThat(config.project()).isNull();
    assertThat(config.region()).isNull();
  }

  @Test
  void configure_emptyStringAttribute_countsAsUnset() {
    ProviderConfig config = configured(Map.of("CANOPYWAVE_API_KEY", "env-key"),
        Map.of("api_key", CtyValue.string(""), "api_url", CtyValue.string(LOOPBACK)));

    assertThat(config.apiKey()).isEqualTo("env-key");
  }

  @Test
  void configure_missingApiKey_isOneErrorThatSaysHowToSetIt() {
    CanopyWaveProvider provider = new CanopyWaveProvider(Map.of());
    Operation op = operation();

    provider.configure(config(provider, Map.of()), "1.11.0", op);

    assertThat(op.diagnostics().list()).singleElement()
        .satisfies(d -> assertThat(d.summary()).isEqualTo("Missing API key"));
    assertThatThrownBy(provider::config)
        .isInstanceOfSatisfying(ProviderNotConfiguredException.class, e -> {
          Diagnostic d = e.diagnostic();
          assertThat(d.isError()).isTrue();
          assertThat(d.summary()).isEqualTo("Missing API key");
          assertThat(d.detail()).contains("`api_key`").contains("`CANOPYWAVE_API_KEY`");
          assertThat(d.path()).isEqualTo(AttributePath.of("api_key"));
        });
  }

  @Test
  void config_beforeConfigure_failsWithNotConfigured() {
    assertThatThrownBy(new CanopyWaveProvider(Map.of())::config)
        .isInstanceOfSatisfying(ProviderNotConfiguredException.class,
            e -> assertThat(e.diagnostic().summary()).isEqualTo("Provider not configured"));
  }

  @Test
  void configure_unknownAttributes_succeedsButConfigNamesThem() {
    CanopyWaveProvider provider = new CanopyWaveProvider(Map.of("CANOPYWAVE_API_KEY", "test-api-key-0002"));
    Operation op = operation();

    provider.configure(config(provider, Map.of(
        "project", CtyValue.unknown(CtyType.STRING),
        "max_retries", CtyValue.unknown(CtyType.NUMBER))), "1.11.0", op);

    assertThat(op.diagnostics().list()).isEmpty();
    assertThatThrownBy(provider::config)
        .isInstanceOfSatisfying(ProviderNotConfiguredException.class, e -> {
          assertThat(e.diagnostic().summary()).isEqualTo("Provider configuration not known yet");
          assertThat(e.diagnostic().detail()).contains("project").contains("max_retries");
        });
  }

  @Test
  void configure_invalidEnvironmentNumber_reportsTheVariable() {
    CanopyWaveProvider provider = new CanopyWaveProvider(Map.of("CANOPYWAVE_API_KEY", "test-api-key-0002",
        "CANOPYWAVE_REQUESTS_PER_SECOND", "fast"));
    Operation op = operation();

    provider.configure(config(provider, Map.of()), "1.11.0", op);

    assertThat(op.diagnostics().list()).singleElement().satisfies(d -> {
      assertThat(d.isError()).isTrue();
      assertThat(d.summary()).contains("CANOPYWAVE_REQUESTS_PER_SECOND");
    });
    assertThatThrownBy(provider::config).isInstanceOf(ProviderNotConfiguredException.class);
  }

  @Test
  void configure_invalidEnvironmentUrl_reportsTheVariable() {
    CanopyWaveProvider provider = new CanopyWaveProvider(Map.of("CANOPYWAVE_API_KEY", "test-api-key-0002",
        "CANOPYWAVE_API_URL", "ftp://127.0.0.1/"));
    Operation op = operation();

    provider.configure(config(provider, Map.of()), "1.11.0", op);

    assertThat(op.diagnostics().list()).singleElement()
        .satisfies(d -> assertThat(d.summary()).contains("CANOPYWAVE_API_URL"));
  }

  @Test
  void configure_emptyEnvironmentUrl_isAnErrorNotTheProductionDefault() {
    CanopyWaveProvider provider = new CanopyWaveProvider(Map.of(
        "CANOPYWAVE_API_KEY", "test-api-key-0003", "CANOPYWAVE_API_URL", ""));
    Operation op = operation();

    provider.configure(config(provider, Map.of()), "1.11.0", op);

    assertThat(op.diagnostics().list()).singleElement().satisfies(d -> {
      assertThat(d.isError()).isTrue();
      assertThat(d.summary()).isEqualTo("Invalid environment variable CANOPYWAVE_API_URL");
      assertThat(d.detail()).contains("set but empty");
    });
    assertThatThrownBy(provider::config).isInstanceOf(ProviderNotConfiguredException.class);
  }

  @Test
  void configure_environmentUrlPortOutOfRange_reportsTheVariable() {
    CanopyWaveProvider provider = new CanopyWaveProvider(Map.of(
        "CANOPYWAVE_API_KEY", "test-api-key-0004",
        "CANOPYWAVE_API_URL", "http://127.0.0.1:99999/api/v1"));
    Operation op = operation();

    provider.configure(config(provider, Map.of()), "1.11.0", op);

    assertThat(op.diagnostics().list()).singleElement().satisfies(d -> {
      assertThat(d.summary()).contains("CANOPYWAVE_API_URL");
      assertThat(d.detail()).contains("port 99999", "65535");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"not a url", "/api/v1", "ftp://127.0.0.1/x", "mailto:a@b.c", "http://",
      "http://127.0.0.1:99999/api/v1", ""})
  void validateConfig_badApiUrl_isAnErrorOnTheAttribute(String url) {
    CanopyWaveProvider provider = new CanopyWaveProvider(Map.of());
    Operation op = operation();

    provider.validateConfig(config(provider, Map.of("api_url", CtyValue.string(url))), op);

    assertThat(op.diagnostics().list()).singleElement().satisfies(d -> {
      assertThat(d.isError()).isTrue();
      assertThat(d.path()).isEqualTo(AttributePath.of("api_url"));
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:8080/api/v1", "https://localhost/api", "HTTPS://x.y"})
  void validateConfig_goodApiUrl_isAccepted(String url) {
    CanopyWaveProvider provider = new CanopyWaveProvider(Map.of());
    Operation op = operation();

    provider.validateConfig(config(provider, Map.of("api_url", CtyValue.string(url))), op);

    assertThat(op.diagnostics().list()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"requests_per_second, 0", "requests_per_second, -0.5",
      "max_retries, -1", "max_retries, 1.5", "max_retries, 3000000000"})
  void validateConfig_badNumber_isAnErrorOnTheAttribute(String attribute, String number) {
    CanopyWaveProvider provider = new CanopyWaveProvider(Map.of());
    Operation op = operation();

    provider.validateConfig(config(provider, Map.of(attribute,
        CtyValue.number(new BigDecimal(number)))), op);

    assertThat(op.diagnostics().list()).singleElement()
        .satisfies(d -> assertThat(d.path()).isEqualTo(AttributePath.of(attribute)));
  }

  @Test
  void validateConfig_zeroRetries_isAccepted() {
    CanopyWaveProvider provider = new CanopyWaveProvider(Map.of());
    Operation op = operation();

    provider.validateConfig(config(provider, Map.of("max_retries", CtyValue.number(0))), op);

    assertThat(op.diagnostics().list()).isEmpty();
  }

  @Test
  void validateConfig_unknownAndNullValues_areNotChecked() {
    CanopyWaveProvider provider = new CanopyWaveProvider(Map.of());
    Operation op = operation();

    provider.validateConfig(config(provider, Map.of(
        "api_url", CtyValue.unknown(CtyType.STRING),
        "requests_per_second", CtyValue.unknown(CtyType.NUMBER))), op);
    provider.validateConfig(CtyValue.nullOf(provider.schema().impliedType()), op);

    assertThat(op.diagnostics().list()).isEmpty();
  }

  @Test
  void configure_apiKeyFromAttributeOrEnvironment_isRegisteredForRedaction() {
    String fromAttribute = "attr-" + UUID.randomUUID();
    String fromEnvironment = "env-" + UUID.randomUUID();

    configured(Map.of(), Map.of("api_key", CtyValue.string(fromAttribute)));
    configured(Map.of("CANOPYWAVE_API_KEY", fromEnvironment), Map.of());

    // Other tests in this JVM register secrets too, so only these two are asserted on.
    assertThat(Secrets.redact("key " + fromAttribute + " and " + fromEnvironment))
        .doesNotContain(fromAttribute).doesNotContain(fromEnvironment).contains("***");
  }

  @Test
  void providerConfig_toString_masksTheKey() {
    ProviderConfig config = new ProviderConfig("s3cr3t-key-value", URI.create(LOOPBACK), "p",
        "r", 10, 5, "1.11.0");

    assertThat(config.toString()).doesNotContain("s3cr3t-key-value").contains("apiKey=***")
        .contains(LOOPBACK);
  }
}
