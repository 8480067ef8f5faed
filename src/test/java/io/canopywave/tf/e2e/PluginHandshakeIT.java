package io.canopywave.tf.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.Empty;
import io.canopywave.tf.e2e.support.PluginClient;
import io.canopywave.tf.e2e.support.ProviderProcess;
import io.canopywave.tf.e2e.support.TestCertificates;
import io.canopywave.tf.e2e.support.TestCertificates.Identity;
import io.canopywave.tf.e2e.support.TofuWorkspace;
import io.canopywave.tf.plugin.goplugin.GrpcControllerProto;
import io.canopywave.tf.plugin.goplugin.GrpcStdioProto.StdioData;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6.GetProviderSchema;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6.Schema;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.stub.StreamObserver;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The built launcher, started and spoken to exactly as OpenTofu does it. */
class PluginHandshakeIT {
  private static final String COOKIE =
      "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2";
  /** The client gives a plugin a minute; a healthy start on a busy machine takes a few seconds. */
  private static final Duration HANDSHAKE_LIMIT = Duration.ofSeconds(60);

  private static final Duration SHUTDOWN_LIMIT = Duration.ofSeconds(2);
  private static final Pattern HCLOG_TIMESTAMP =
      Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}(Z|[+-]\\d\\d:\\d\\d)");

  private final Identity client = TestCertificates.clientIdentity();

  /** The six fields of the handshake line. */
  record Handshake(
      String core, String app, String network, String address, String protocol, String cert) {
    static Handshake parse(String line) {
      String[] fields = line.trim().split("\\|", -1);
      assertThat(fields).as("fields of %s", line).hasSize(6);
      return new Handshake(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]);
    }

    X509Certificate certificate() throws Exception {
      byte[] der = Base64.getDecoder().decode(cert);
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(der));
    }

    int port() {
      return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
    }
  }

  private Map<String, String> tofuEnvironment() {
    Map<String, String> env = new HashMap<>();
    env.put("TF_PLUGIN_MAGIC_COOKIE", COOKIE);
    env.put("PLUGIN_PROTOCOL_VERSIONS", "5,6");
    env.put("PLUGIN_MIN_PORT", "10000");
    env.put("PLUGIN_MAX_PORT", "25000");
    env.put("PLUGIN_CLIENT_CERT", client.pem());
    return env;
  }

  private static Handshake handshakeOf(ProviderProcess provider) {
    Optional<String> line = provider.nextStdoutLine(HANDSHAKE_LIMIT);
    assertThat(line)
        .as("handshake line; stderr: %s", provider.stderrLines())
        .isPresent();
    return Handshake.parse(line.get());
  }

  private static GetProviderSchema.Response schemaOf(PluginClient plugin) {
    return plugin.provider().getProviderSchema(GetProviderSchema.Request.getDefaultInstance());
  }

  @Test
  void handshake_asLaunchedByTofu_announcesEveryField() throws Exception {
    Map<String, String> env = tofuEnvironment();
    env.put("PLUGIN_MIN_PORT", "21000");
    env.put("PLUGIN_MAX_PORT", "21999");
    try (ProviderProcess provider = ProviderProcess.start(List.of(), env)) {
      Handshake handshake = handshakeOf(provider);

      assertThat(handshake.core()).isEqualTo("1");
      assertThat(handshake.app()).isEqualTo("6");
      assertThat(handshake.network()).isEqualTo("tcp");
      assertThat(handshake.address()).startsWith("127.0.0.1:");
      assertThat(handshake.port()).isBetween(21000, 21999);
      assertThat(handshake.protocol()).isEqualTo("grpc");
      assertThat(handshake.cert()).matches("[A-Za-z0-9+/]{50,}").doesNotEndWith("=");
      X509Certificate certificate = handshake.certificate();
      assertThat(certificate.getSubjectAlternativeNames()).contains(List.of(2, "localhost"));
      assertThat(certificate.getSubjectX500Principal().getName()).contains("CN=localhost");
      assertThat(certificate.getExtendedKeyUsage())
          .contains("1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2");
      assertThat(certificate.getBasicConstraints()).isGreaterThanOrEqualTo(0);
      assertThat(certificate.getPublicKey()).isInstanceOf(ECPublicKey.class);
      assertThat(certificate.getNotBefore().toInstant())
          .isBefore(Instant.now().minusSeconds(20));
      certificate.checkValidity();
      certificate.verify(certificate.getPublicKey());
      assertThat(provider.nextStdoutLine(Duration.ofMillis(300))).isEmpty();
    }
  }

  @Test
  void mutualTls_rightClient_getsSchemaAndShutdownEndsTheProcessQuickly() throws Exception {
    long launchedAt = System.nanoTime();
    try (ProviderProcess provider = ProviderProcess.start(List.of(), tofuEnvironment())) {
      Handshake handshake = handshakeOf(provider);
      long handshakeAt = System.nanoTime();
      try (PluginClient plugin =
          PluginClient.mutualTls(handshake.address(), handshake.certificate(), client)) {
        GetProviderSchema.Response schema = schemaOf(plugin);
        System.out.printf(
            "exec to handshake %d ms, to first schema %d ms%n",
            (handshakeAt - launchedAt) / 1_000_000, (System.nanoTime() - launchedAt) / 1_000_000);

        assertThat(schema.getDiagnosticsList()).isEmpty();
        assertThat(schema.getProvider().getBlock().getAttributesList())
            .extracting(Schema.Attribute::getName)
            .contains("api_key");
        assertThat(
                plugin.health()
                    .check(HealthCheckRequest.newBuilder().setService("plugin").build())
                    .getStatus())
            .isEqualTo(ServingStatus.SERVING);

        long askedAt = System.nanoTime();
        plugin.controller().shutdown(GrpcControllerProto.Empty.getDefaultInstance());
        Optional<Integer> status = provider.awaitExit(SHUTDOWN_LIMIT);
        Duration took = Duration.ofNanos(System.nanoTime() - askedAt);

        assertThat(status).as("exit status within 2 s of Shutdown").contains(0);
        System.out.println("exit after Shutdown took " + took.toMillis() + " ms");
      }
    }
  }

  @Test
  void mutualTls_clientWithAnotherCertificate_isRefused() throws Exception {
    try (ProviderProcess provider = ProviderProcess.start(List.of(), tofuEnvironment())) {
      Handshake handshake = handshakeOf(provider);
      Identity stranger = TestCertificates.clientIdentity();

      try (PluginClient intruder =
          PluginClient.mutualTls(handshake.address(), handshake.certificate(), stranger)) {
        assertThatThrownBy(() -> schemaOf(intruder)).isInstanceOf(StatusRuntimeException.class);
      }
      try (PluginClient plaintext = PluginClient.plaintext(handshake.address())) {
        assertThatThrownBy(() -> schemaOf(plaintext)).isInstanceOf(StatusRuntimeException.class);
      }
      try (PluginClient rightful =
          PluginClient.mutualTls(handshake.address(), handshake.certificate(), client)) {
        assertThat(schemaOf(rightful).hasProvider())
            .as("the rightful client is still served")
            .isTrue();
      }
    }
  }

  @Test
  void launch_withoutCookie_exitsOneWithExplanationAndSilentStdout() {
    Map<String, String> env = tofuEnvironment();
    env.put("TF_PLUGIN_MAGIC_COOKIE", null);
    try (ProviderProcess provider = ProviderProcess.start(List.of(), env)) {
      Optional<Integer> status = provider.awaitExit(HANDSHAKE_LIMIT);

      assertThat(status).contains(1);
      assertThat(provider.nextStdoutLine(Duration.ofSeconds(1))).isEmpty();
      assertThat(provider.stdoutLines()).isEmpty();
      assertThat(String.join("\n", provider.stderrLines()))
          .contains("plugin for OpenTofu and Terraform")
          .contains("not meant to be run directly");
    }
  }

  @Test
  void launch_clientWithoutProtocolSix_exitsOne() {
    Map<String, String> env = tofuEnvironment();
    env.put("PLUGIN_PROTOCOL_VERSIONS", "5");
    try (ProviderProcess provider = ProviderProcess.start(List.of(), env)) {
      assertThat(provider.awaitExit(HANDSHAKE_LIMIT)).contains(1);
      assertThat(provider.stdoutLines()).isEmpty();
      assertThat(String.join("\n", provider.stderrLines())).contains("protocol versions 5");
    }
  }

  @Test
  void launch_withoutClientCertificate_servesPlaintextWithEmptyCertField() {
    Map<String, String> env = tofuEnvironment();
    env.put("PLUGIN_CLIENT_CERT", null);
    try (ProviderProcess provider = ProviderProcess.start(List.of(), env)) {
      Handshake handshake = handshakeOf(provider);

      assertThat(handshake.cert()).isEmpty();
      try (PluginClient plugin = PluginClient.plaintext(handshake.address())) {
        assertThat(schemaOf(plugin).hasProvider())
            .isTrue();
      }
    }
  }

  @Test
  void interrupt_signal_isIgnoredAndServingGoesOn() throws Exception {
    try (ProviderProcess provider = ProviderProcess.start(List.of(), tofuEnvironment())) {
      Handshake handshake = handshakeOf(provider);

      provider.signal("INT");

      assertThat(provider.awaitExit(Duration.ofMillis(700))).isEmpty();
      try (PluginClient plugin =
          PluginClient.mutualTls(handshake.address(), handshake.certificate(), client)) {
        assertThat(schemaOf(plugin).hasProvider())
            .isTrue();
      }
    }
  }

  @Test
  void stdio_stream_staysOpenAndSilentUntilShutdownCompletesIt() throws Exception {
    try (ProviderProcess provider = ProviderProcess.start(List.of(), tofuEnvironment())) {
      Handshake handshake = handshakeOf(provider);
      try (PluginClient plugin =
          PluginClient.mutualTls(handshake.address(), handshake.certificate(), client)) {
        AtomicInteger messages = new AtomicInteger();
        CountDownLatch ended = new CountDownLatch(1);
        plugin
            .stdio()
            .streamStdio(
                Empty.getDefaultInstance(),
                new StreamObserver<StdioData>() {
                  @Override
                  public void onNext(StdioData data) {
                    messages.incrementAndGet();
                  }

                  @Override
                  public void onError(Throwable error) {
                    ended.countDown();
                  }

                  @Override
                  public void onCompleted() {
                    ended.countDown();
                  }
                });

        assertThat(ended.await(500, TimeUnit.MILLISECONDS)).as("still open").isFalse();
        plugin.controller().shutdown(GrpcControllerProto.Empty.getDefaultInstance());

        assertThat(ended.await(2, TimeUnit.SECONDS)).as("ended by shutdown").isTrue();
        assertThat(messages).hasValue(0);
        assertThat(provider.awaitExit(SHUTDOWN_LIMIT)).contains(0);
      }
    }
  }

  @Test
  void stderr_withTraceLogging_isHclogJsonLineByLine() throws Exception {
    Map<String, String> env = tofuEnvironment();
    env.put("TF_LOG", "trace");
    try (ProviderProcess provider = ProviderProcess.start(List.of(), env)) {
      Handshake handshake = handshakeOf(provider);
      try (PluginClient plugin =
          PluginClient.mutualTls(handshake.address(), handshake.certificate(), client)) {
        schemaOf(plugin);
        plugin.controller().shutdown(GrpcControllerProto.Empty.getDefaultInstance());
      }
      assertThat(provider.awaitExit(SHUTDOWN_LIMIT)).contains(0);

      List<String> lines = provider.stderrLines();
      assertThat(lines).isNotEmpty();
      for (String line : lines) {
        JsonNode entry = TofuWorkspace.parseJson(line);
        assertThat(entry.isObject()).as(line).isTrue();
        assertThat(entry.path("@level").asText())
            .as(line)
            .isIn("trace", "debug", "info", "warn", "error");
        assertThat(entry.path("@message").isTextual()).as(line).isTrue();
        assertThat(entry.path("@module").asText())
            .as(line)
            .startsWith("provider.terraform-provider-canopywave");
        assertThat(entry.path("@timestamp").asText()).as(line).matches(HCLOG_TIMESTAMP);
      }
    }
  }

  @Test
  void debugMode_printsReattachValueForAPlaintextClient() throws Exception {
    try (ProviderProcess provider = ProviderProcess.start(List.of("--debug"), Map.of())) {
      String reattach = null;
      for (int i = 0; i < 20 && reattach == null; i++) {
        Optional<String> line = provider.nextStdoutLine(HANDSHAKE_LIMIT);
        assertThat(line).as("stdout so far: %s", provider.stdoutLines()).isPresent();
        String text = line.get().strip();
        if (text.startsWith("TF_REATTACH_PROVIDERS='")) {
          reattach = text.substring("TF_REATTACH_PROVIDERS='".length(), text.length() - 1);
        }
      }
      assertThat(reattach).as("reattach line in %s", provider.stdoutLines()).isNotNull();

      JsonNode value = TofuWorkspace.parseJson(reattach);
      assertThat(value.has("registry.terraform.io/canopywave/canopywave")).isTrue();
      JsonNode tofu = value.path("registry.opentofu.org/canopywave/canopywave");
      assertThat(tofu.path("Protocol").asText()).isEqualTo("grpc");
      assertThat(tofu.path("ProtocolVersion").asInt()).isEqualTo(6);
      assertThat(tofu.path("Pid").asLong()).isEqualTo(provider.pid());
      assertThat(tofu.path("Test").asBoolean()).isTrue();
      assertThat(tofu.path("Addr").path("Network").asText()).isEqualTo("tcp");
      String address = tofu.path("Addr").path("String").asText();
      assertThat(address).startsWith("127.0.0.1:");
      try (PluginClient plugin = PluginClient.plaintext(address)) {
        assertThat(schemaOf(plugin).hasProvider())
            .isTrue();
      }

      provider.signal("INT");
      assertThat(provider.awaitExit(Duration.ofSeconds(5)))
          .as("Ctrl-C ends debug mode")
          .isPresent();
    }
  }

  @Test
  void parentExit_withoutShutdown_endsTheProvider() throws Exception {
    Map<String, String> env = tofuEnvironment();
    List<String> wrapper =
        List.of(
            "/bin/sh",
            "-c",
            "\"$0\" >/dev/null 2>&1 </dev/null & echo $!; sleep 5",
            io.canopywave.tf.e2e.support.BuildLayout.launcher().toString());
    ProcessBuilder builder = new ProcessBuilder(wrapper);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().putAll(env);
    Process parent = builder.start();
    long childPid =
        Long.parseLong(new String(parent.getInputStream().readNBytes(32)).strip().split("\\s+")[0]);
    ProcessHandle child = ProcessHandle.of(childPid).orElseThrow();
    try {
      assertThat(parent.waitFor(30, TimeUnit.SECONDS)).isTrue();

      assertThat(child.onExit().completeOnTimeout(null, 10, TimeUnit.SECONDS).get())
          .as("the orphaned provider exits")
          .isNotNull();
    } finally {
      child.destroyForcibly();
      parent.destroyForcibly();
    }
  }
}
