package io.canopywave.tf.plugin.aot;

import io.canopywave.tf.plugin.goplugin.GRPCControllerGrpc;
import io.canopywave.tf.plugin.goplugin.GrpcControllerProto;
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
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The client side of go-plugin's mutual TLS: one client identity and one TLS context, and a
 * channel per launched provider that trusts only the certificate from its handshake line.
 */
public final class ClientTls {

  private static final int MAX_MESSAGE_BYTES = 256 << 20;

  // Netty warns on every unix-socket channel that TCP keep-alive does not apply; held in a
  // field so that the quieter level sticks.
  private static final Logger NETTY_BOOTSTRAP_LOG =
      Logger.getLogger("io.grpc.netty.shaded.io.netty.bootstrap");

  static {
    NETTY_BOOTSTRAP_LOG.setLevel(Level.SEVERE);
  }

  private final ClientIdentity identity;
  private final PinnedServerTrust serverTrust = new PinnedServerTrust();
  private final SslContext context;
  private EventLoopGroup unixSocketLoop;

  public ClientTls(ClientIdentity identity) throws IOException {
    this.identity = identity;
    // The JDK's TLS, not BoringSSL: Go providers present P-521 certificates, which BoringSSL's
    // default signature list leaves out.
    this.context =
        GrpcSslContexts.configure(SslContextBuilder.forClient(), SslProvider.JDK)
            .keyManager(identity.privateKey(), identity.certificate())
            .trustManager(serverTrust)
            .build();
  }

  public ClientIdentity identity() {
    return identity;
  }

  /** A channel to the provider that printed HANDSHAKE; it replaces any earlier pin. */
  public ManagedChannel channelTo(PluginHandshake handshake) throws IOException {
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
        .sslContext(context)
        .overrideAuthority("localhost")
        .maxInboundMessageSize(MAX_MESSAGE_BYTES)
        .build();
  }

  /**
   * Asks the provider on CHANNEL to exit (go-plugin's Shutdown); like OpenTofu, ignores a
   * connection cut by the exit itself.
   */
  public static void shutdown(ManagedChannel channel, Duration deadline) {
    try {
      GRPCControllerGrpc.newBlockingStub(channel)
          .withDeadlineAfter(deadline)
          .shutdown(GrpcControllerProto.Empty.getDefaultInstance());
    } catch (StatusRuntimeException e) {
      // The process may close the connection before its answer is out.
    }
  }

  private synchronized EventLoopGroup unixSocketLoop() {
    if (unixSocketLoop == null) {
      unixSocketLoop = new EpollEventLoopGroup(1, new DefaultThreadFactory("plugin-unix", true));
    }
    return unixSocketLoop;
  }
}
