package io.canopywave.tf.e2e.support;

import io.canopywave.tf.plugin.goplugin.GRPCControllerGrpc;
import io.canopywave.tf.plugin.goplugin.GRPCStdioGrpc;
import io.canopywave.tf.protocol.tfplugin6.ProviderGrpc;
import io.grpc.ManagedChannel;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.security.cert.X509Certificate;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;

/**
 * A gRPC client for a running provider process, dialled the way go-plugin dials: mutual TLS with
 * the server certificate from the handshake as the only trust anchor and the name
 * {@code localhost}, or plaintext for debug mode.
 */
public final class PluginClient implements AutoCloseable {
  private static final int MAX_MESSAGE_BYTES = 256 * 1024 * 1024;

  private final ManagedChannel channel;

  private PluginClient(ManagedChannel channel) {
    this.channel = channel;
  }

  public static PluginClient mutualTls(
      String hostAndPort, X509Certificate server, TestCertificates.Identity client) {
    try {
      return new PluginClient(
          builder(hostAndPort)
              .overrideAuthority("localhost")
              .sslContext(
                  GrpcSslContexts.forClient()
                      .trustManager(server)
                      .keyManager(client.key(), client.certificate())
                      .build())
              .build());
    } catch (SSLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static PluginClient plaintext(String hostAndPort) {
    return new PluginClient(builder(hostAndPort).usePlaintext().build());
  }

  private static NettyChannelBuilder builder(String hostAndPort) {
    int colon = hostAndPort.lastIndexOf(':');
    return NettyChannelBuilder.forAddress(
            hostAndPort.substring(0, colon), Integer.parseInt(hostAndPort.substring(colon + 1)))
        .maxInboundMessageSize(MAX_MESSAGE_BYTES);
  }

  public ProviderGrpc.ProviderBlockingStub provider() {
    return ProviderGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS);
  }

  public GRPCControllerGrpc.GRPCControllerBlockingStub controller() {
    return GRPCControllerGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS);
  }

  public GRPCStdioGrpc.GRPCStdioStub stdio() {
    return GRPCStdioGrpc.newStub(channel);
  }

  public HealthGrpc.HealthBlockingStub health() {
    return HealthGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    channel.shutdownNow();
    try {
      channel.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
