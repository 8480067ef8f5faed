package io.canopywave.tf.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LaunchEnvironmentTest {

  private static Map<String, String> launchedByTofu() {
    Map<String, String> env = new HashMap<>();
    env.put(LaunchEnvironment.COOKIE_KEY, LaunchEnvironment.COOKIE_VALUE);
    env.put("PLUGIN_PROTOCOL_VERSIONS", "5,6");
    return env;
  }

  @Test
  void fromEnvironment_noCookie_explainsThatThisIsAPlugin() {
    Map<String, String> env = launchedByTofu();
    env.remove(LaunchEnvironment.COOKIE_KEY);

    assertThatThrownBy(() -> LaunchEnvironment.fromEnvironment(env))
        .isInstanceOf(LaunchException.class)
        .hasMessageContaining("plugin for OpenTofu and Terraform");
  }

  @Test
  void fromEnvironment_wrongCookie_isRefused() {
    Map<String, String> env = launchedByTofu();
    env.put(LaunchEnvironment.COOKIE_KEY, "not-the-cookie");

    assertThatThrownBy(() -> LaunchEnvironment.fromEnvironment(env))
        .isInstanceOf(LaunchException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"6", "5,6", "6,5", " 5 , 6 ", "4,6,7"})
  void fromEnvironment_versionsIncludingSix_areAccepted(String versions) throws Exception {
    Map<String, String> env = launchedByTofu();
    env.put("PLUGIN_PROTOCOL_VERSIONS", versions);

    assertThat(LaunchEnvironment.fromEnvironment(env).ports()).isEqualTo(PortRange.DEFAULT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"5", "4,5", "7", "60"})
  void fromEnvironment_versionsWithoutSix_areRefused(String versions) {
    Map<String, String> env = launchedByTofu();
    env.put("PLUGIN_PROTOCOL_VERSIONS", versions);

    assertThatThrownBy(() -> LaunchEnvironment.fromEnvironment(env))
        .isInstanceOf(LaunchException.class)
        .hasMessageContaining("speaks only version 6");
  }

  @Test
  void fromEnvironment_noVersionList_isAccepted() throws Exception {
    Map<String, String> env = launchedByTofu();
    env.remove("PLUGIN_PROTOCOL_VERSIONS");

    assertThat(LaunchEnvironment.fromEnvironment(env).clientCertificatePem()).isEmpty();
  }

  @Test
  void fromEnvironment_clientCertificate_isKept() throws Exception {
    Map<String, String> env = launchedByTofu();
    env.put("PLUGIN_CLIENT_CERT", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");

    assertThat(LaunchEnvironment.fromEnvironment(env).clientCertificatePem())
        .hasValueSatisfying(pem -> assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----"));
  }

  @Test
  void fromEnvironment_blankClientCertificate_meansPlaintext() throws Exception {
    Map<String, String> env = launchedByTofu();
    env.put("PLUGIN_CLIENT_CERT", "  ");

    assertThat(LaunchEnvironment.fromEnvironment(env).clientCertificatePem()).isEmpty();
  }
}
