package io.canopywave.tf.bench;

import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.netty.channel.EventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.epoll.EpollDomainSocketChannel;
import io.grpc.netty.shaded.io.netty.channel.epoll.EpollEventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.unix.DomainSocketAddress;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContextBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslProvider;
import io.grpc.netty.shaded.io.netty.util.concurrent.DefaultThreadFactory;
import io.grpc.stub.ClientCalls;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts a provider the way OpenTofu does (no arguments, the go-plugin environment, a one-off
 * client certificate), and times one launch: handshake, first schema answer over mTLS, and
 * exit after Shutdown. The driver itself plays the client, so both providers face the same one.
 */
final class LaunchProbe {

  static final String MAGIC_COOKIE =
      "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2";
  private static final long HANDSHAKE_TIMEOUT_SECONDS = 60;
  private static final long CALL_TIMEOUT_SECONDS = 30;
  // OpenTofu waits two seconds after Shutdown before it kills the plugin; allow more, so a
  // slow exit shows in the figures instead of being cut off.
  private static final long EXIT_TIMEOUT_SECONDS = 10;
  private static final int MAX_MESSAGE_BYTES = 256 << 20;
  private static final List<String> DROPPED_VARIABLES =
      List.of("TF_LOG", "TF_LOG_PROVIDER", "TF_LOG_PATH", "TF_REATTACH_PROVIDERS");

  // Netty warns on every unix-socket channel that TCP keep-alive does not apply; held in a
  // field so that the quieter level sticks.
  private static final Logger NETTY_BOOTSTRAP_LOG =
      Logger.getLogger("io.grpc.netty.shaded.io.netty.bootstrap");

  static {
    NETTY_BOOTSTRAP_LOG.setLevel(Level.SEVERE);
  }

  private final ClientIdentity identity = ClientIdentity.generate();
  private final PinnedServerTrust serverTrust = new PinnedServerTrust();
  private final SslContext tls;
  private EventLoopGroup unixSocketLoop;

  LaunchProbe() throws IOException {
    // The JDK's TLS, not BoringSSL: the Go peer's certificate is P-521, which BoringSSL's
    // default signature list leaves out.
    tls =
        GrpcSslContexts.configure(SslContextBuilder.forClient(), SslProvider.JDK)
            .keyManager(identity.privateKey(), identity.certificate())
            .trustManager(serverTrust)
            .build();
  }

  /** Launches EXECUTABLE once and measures it; the process is gone when this returns. */
  LaunchSample launch(Path executable) throws IOException, InterruptedException {
    var builder = new ProcessBuilder(executable.toString());
    Map<String, String> environment = builder.environment();
    DROPPED_VARIABLES.forEach(environment::remove);
    environment.put("TF_PLUGIN_MAGIC_COOKIE", MAGIC_COOKIE);
    environment.put("PLUGIN_PROTOCOL_VERSIONS", "5,6");
    environment.put("PLUGIN_MIN_PORT", "10000");
    environment.put("PLUGIN_MAX_PORT", "25000");
    environment.put("PLUGIN_CLIENT_CERT", identity.certificatePem());
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.redirectInput(ProcessBuilder.Redirect.PIPE);

    long started = System.nanoTime();
    Process process = builder.start();
    try {
      var stdout =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line = readHandshake(stdout, process);
      long handshaken = System.nanoTime();
      Thread.ofVirtual().start(() -> drain(stdout));

      PluginHandshake handshake = PluginHandshake.parse(line);
      ManagedChannel channel = channelTo(handshake);
      byte[] schema;
      double peakRssMib;
      long schemaAnswered;
      try {
        schema =
            ClientCalls.blockingUnaryCall(
                channel,
                RawRpc.providerSchema(handshake.protocolVersion()),
                callOptions(),
                RawRpc.EMPTY_MESSAGE);
        schemaAnswered = System.nanoTime();
        // The peak so far, read while the process surely still runs: Shutdown adds little.
        peakRssMib = peakRssMib(process);
        shutdown(channel);
      } finally {
        channel.shutdownNow();
      }
      if (!process.waitFor(EXIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new IllegalStateException(
            executable + " did not exit within " + EXIT_TIMEOUT_SECONDS + " s of Shutdown");
      }
      long exited = System.nanoTime();
      return new LaunchSample(
          millis(started, handshaken),
          millis(started, schemaAnswered),
          millis(started, exited),
          peakRssMib,
          handshake.protocolVersion(),
          schema);
    } finally {
      process.destroyForcibly();
      process.waitFor(EXIT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
  }

  /**
   * Asks the provider to exit. A go-plugin server may stop before its answer is out, so, as
   * OpenTofu does, a failed call is ignored: the exit itself is what gets measured.
   */
  private static void shutdown(ManagedChannel channel) {
    try {
      ClientCalls.blockingUnaryCall(channel, RawRpc.SHUTDOWN, callOptions(), RawRpc.EMPTY_MESSAGE);
    } catch (StatusRuntimeException e) {
      // Expected now and then: the connection closes as the process goes.
    }
  }

  /** The first stdout line, or a failure that says why none came. */
  private static String readHandshake(BufferedReader stdout, Process process)
      throws InterruptedException {
    CompletableFuture<String> line =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return stdout.readLine();
              } catch (IOException e) {
                throw new IllegalStateException("reading the handshake line failed", e);
              }
            },
            runnable -> Thread.ofVirtual().start(runnable));
    try {
      String text = line.get(HANDSHAKE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      if (text == null) {
        throw new IllegalStateException(
            "the provider closed stdout without a handshake; exit status "
                + process.waitFor());
      }
      return text;
    } catch (ExecutionException e) {
      throw new IllegalStateException("no handshake line", e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "no handshake line within " + HANDSHAKE_TIMEOUT_SECONDS + " s", e);
    }
  }

  private static void drain(BufferedReader stdout) {
    try (stdout) {
      while (stdout.readLine() != null) {
        // After the handshake the client reads and ignores stdout, as this loop does.
      }
    } catch (IOException e) {
      // The process went away; nothing more to read.
    }
  }

  private ManagedChannel channelTo(PluginHandshake handshake) throws IOException {
    try {
      serverTrust.expect(
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(new ByteArrayInputStream(handshake.serverCertificate())));
    } catch (GeneralSecurityException e) {
      throw new IOException("the provider's certificate is unusable", e);
    }
    // Go providers listen on a unix socket, ours on loopback TCP; the client takes either.
    NettyChannelBuilder builder =
        handshake.unixSocket()
            ? NettyChannelBuilder.forAddress(new DomainSocketAddress(handshake.address()))
                .channelType(EpollDomainSocketChannel.class)
                .eventLoopGroup(unixSocketLoop())
            : NettyChannelBuilder.forAddress(handshake.host(), handshake.port());
    // The go-plugin client checks the server name "localhost", as this channel does.
    return builder
        .sslContext(tls)
        .overrideAuthority("localhost")
        .maxInboundMessageSize(MAX_MESSAGE_BYTES)
        .build();
  }

  private synchronized EventLoopGroup unixSocketLoop() {
    if (unixSocketLoop == null) {
      unixSocketLoop = new EpollEventLoopGroup(1, new DefaultThreadFactory("bench-unix", true));
    }
    return unixSocketLoop;
  }

  private static CallOptions callOptions() {
    return CallOptions.DEFAULT.withDeadlineAfter(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  private static double peakRssMib(Process process) {
    long kib = ProcessMemory.peakKib(process.pid()).orElse(0);
    for (ProcessHandle child : process.descendants().toList()) {
      kib += ProcessMemory.peakKib(child.pid()).orElse(0);
    }
    return ProcessMemory.mib(kib);
  }

  private static double millis(long fromNanos, long toNanos) {
    return (toNanos - fromNanos) / 1e6;
  }
}
