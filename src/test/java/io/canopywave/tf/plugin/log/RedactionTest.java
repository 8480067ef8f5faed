package io.canopywave.tf.plugin.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactionTest {

  private static String freshSecret() {
    return "sk-" + UUID.randomUUID();
  }

  @Test
  void registeredSecret_inMessageAndFields_isMasked() {
    String secret = freshSecret();
    Secrets.register(secret);
    CapturedLog log = new CapturedLog(Level.TRACE);

    log.logger.debug(
        "calling with " + secret, "header", "Bearer " + secret, "error", new Exception(secret));

    String line = log.lines.getFirst();
    assertThat(line).doesNotContain(secret);
    JsonNode json = log.only();
    assertThat(json.get("@message").asText()).isEqualTo("calling with ***");
    assertThat(json.get("header").asText()).isEqualTo("Bearer ***");
    assertThat(json.get("error").asText()).isEqualTo("java.lang.Exception: ***");
  }

  @Test
  void unregisteredText_isLeftAlone() {
    CapturedLog log = new CapturedLog(Level.TRACE);

    log.logger.info("plain " + freshSecret().substring(3));

    assertThat(log.only().get("@message").asText()).doesNotContain("***");
  }

  @Test
  void secretContainingAnother_isMaskedWhole() {
    String shorter = freshSecret();
    String longer = shorter + "-suffix";
    Secrets.register(shorter);
    Secrets.register(longer);

    assertThat(Secrets.redact("a " + longer + " b " + shorter)).isEqualTo("a *** b ***");
  }

  @Test
  void multiLineSecret_isMaskedWholeAndLineByLine() {
    String body = UUID.randomUUID().toString().replace("-", "");
    String pem = "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
    Secrets.register(pem);

    assertThat(Secrets.redact("key: " + pem)).isEqualTo("key: ***");
    assertThat(Secrets.redact("one line: " + body)).isEqualTo("one line: ***");
  }

  @Test
  void emptyOrNullSecret_isIgnored() {
    Secrets.register("");
    Secrets.register(null);

    assertThat(Secrets.redact("unchanged")).isEqualTo("unchanged");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "authorization", "Authorization", "api_key", "apiKey", "API-KEY", "password",
        "db_password", "private_key", "privateKey", "client_secret", "token", "access_token"
      })
  void sensitiveKey_valueIsMaskedEvenWhenNotRegistered(String key) {
    CapturedLog log = new CapturedLog(Level.TRACE);

    log.logger.info("m", key, "visible-" + UUID.randomUUID());

    assertThat(log.only().get(key).asText()).isEqualTo("***");
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "name", "region", "key_name", "public_key"})
  void ordinaryKey_valueIsKept(String key) {
    CapturedLog log = new CapturedLog(Level.TRACE);

    log.logger.info("m", key, "value");

    assertThat(log.only().get(key).asText()).isEqualTo("value");
  }
}
