package io.canopywave.tf.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.canopywave.tf.plugin.goplugin.GRPCControllerGrpc;
import io.canopywave.tf.plugin.goplugin.GrpcControllerProto.Empty;
import io.canopywave.tf.protocol.tfplugin6.ProviderGrpc;
import io.grpc.ManagedChannel;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PluginServerTest {
  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

  private static PluginServer newServer() {
    return new PluginServer(new ProviderGrpc.ProviderImplBase() {});
  }

  @Test
  void listen_firstPortTaken_usesTheNextOneOnLoopback() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, LOOPBACK)) {
      int first = taken.getLocalPort();
      PluginServer server = newServer();

      server.listen(new PortRange(first, Math.min(first + 20, 65535)), Optional.empty());
      try {
        assertThat(server.address().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(server.address().getPort()).isGreaterThan(first).isLessThanOrEqualTo(first + 20);
        assertThat(server.hostAndPort()).isEqualTo("127.0.0.1:" + server.address().getPort());
      } finally {
        server.stop();
      }
    }
  }

  @Test
  void listen_everyPortTaken_failsNamingTheRange() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, LOOPBACK)) {
      int port = taken.getLocalPort();

      assertThatThrownBy(() -> newServer().listen(new PortRange(port, port), Optional.empty()))
          .isInstanceOf(LaunchException.class)
          .hasMessageContaining("no free port")
          .hasMessageContaining(Integer.toString(port));
    }
  }

  @Test
  void shutdownCall_answersThenStopsTheServer() throws Exception {
    PluginServer server = newServer();
    server.listen(new PortRange(10000, 25000), Optional.empty());
    CompletableFuture<Void> terminated =
        CompletableFuture.runAsync(
            () -> {
              try {
                server.awaitTermination();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    ManagedChannel channel =
        NettyChannelBuilder.forAddress("127.0.0.1", server.address().getPort())
            .usePlaintext()
            .build();
    try {
      assertThat(
              HealthGrpc.newBlockingStub(channel)
                  .check(HealthCheckRequest.newBuilder().setService("plugin").build())
                  .getStatus())
          .isEqualTo(ServingStatus.SERVING);

      GRPCControllerGrpc.newBlockingStub(channel).shutdown(Empty.getDefaultInstance());

      terminated.get(2, TimeUnit.SECONDS);
    } finally {
      channel.shutdownNow();
      server.stop();
    }
  }
}
