package io.canopywave.tf.plugin;

import io.canopywave.tf.plugin.log.Log;
import io.canopywave.tf.plugin.log.Logger;
import io.grpc.BindableService;
import io.grpc.Server;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.netty.shaded.io.netty.channel.EventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.MultiThreadIoEventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.nio.NioIoHandler;
import io.grpc.netty.shaded.io.netty.channel.socket.nio.NioServerSocketChannel;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import io.grpc.protobuf.services.HealthStatusManager;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The gRPC server of one plugin process: the provider service plus go-plugin's controller, stdio,
 * broker and health services, on 127.0.0.1 only.
 */
final class PluginServer {
  /** The client sends schemas and states of any size; grpc-java would stop at 4 MiB. */
  static final int MAX_INBOUND_MESSAGE_BYTES = 256 * 1024 * 1024;

  /** How long calls still running at Shutdown may take before they are cut. */
  static final long STOP_GRACE_MILLIS = 500;

  static final String HEALTH_SERVICE_NAME = "plugin";

  private static final Logger LOG = Log.module("plugin");

  private final OpenStreams openStreams = new OpenStreams();
  private final ExecutorService executor =
      Executors.newCachedThreadPool(new DaemonThreads("canopywave-rpc"));
  /**
   * One thread accepts and serves the client's single connection. Plain Java NIO rather than
   * Netty's native epoll: no native library to unpack at each start, and a failed bind is a
   * plain {@link BindException}.
   */
  private final EventLoopGroup eventLoop =
      new MultiThreadIoEventLoopGroup(
          1, new DaemonThreads("canopywave-io"), NioIoHandler.newFactory());

  private final List<BindableService> services;
  private volatile Server server;
  private volatile InetSocketAddress address;
  private volatile boolean stoppedByClient;

  PluginServer(BindableService provider) {
    HealthStatusManager health = new HealthStatusManager();
    health.setStatus(HEALTH_SERVICE_NAME, ServingStatus.SERVING);
    this.services =
        List.of(
            provider,
            new ControllerService(this::stopForClient),
            new StdioService(openStreams),
            new BrokerService(openStreams),
            health.getHealthService());
  }

  /**
   * Listens on the first free port of {@code ports} and returns once calls are accepted, so the
   * handshake line can be printed right after: the client dials as soon as it reads it.
   */
  void listen(PortRange ports, Optional<SslContext> tls) throws LaunchException {
    InetAddress loopback = loopbackIpv4();
    for (int port = ports.min(); port <= ports.max(); port++) {
      InetSocketAddress candidate = new InetSocketAddress(loopback, port);
      Server attempt = build(candidate, tls);
      try {
        attempt.start();
        server = attempt;
        address = candidate;
        return;
      } catch (IOException e) {
        if (!(e instanceof BindException || e.getCause() instanceof BindException)) {
          throw new LaunchException("cannot listen on " + candidate + ": " + e.getMessage(), e);
        }
      }
    }
    throw new LaunchException(
        "no free port on 127.0.0.1 between " + ports.min() + " and " + ports.max());
  }

  /** 127.0.0.1 itself: the JVM's loopback may be ::1, which a Go client dialling IPv4 misses. */
  private static InetAddress loopbackIpv4() {
    try {
      return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes make an IPv4 address", e);
    }
  }

  private Server build(InetSocketAddress at, Optional<SslContext> tls) {
    NettyServerBuilder builder =
        NettyServerBuilder.forAddress(at)
            .channelType(NioServerSocketChannel.class)
            .bossEventLoopGroup(eventLoop)
            .workerEventLoopGroup(eventLoop)
            .executor(new RpcExecutor(executor))
            .maxInboundMessageSize(MAX_INBOUND_MESSAGE_BYTES);
    services.forEach(builder::addService);
    if (LaunchTrace.enabled()) {
      builder.intercept(LaunchTrace.firstCall());
    }
    tls.ifPresent(builder::sslContext);
    return builder.build();
  }

  /** The address the handshake announces: 127.0.0.1 and the chosen port. */
  InetSocketAddress address() {
    return address;
  }

  String hostAndPort() {
    return address.getAddress().getHostAddress() + ":" + address.getPort();
  }

  /** Stops from another thread, so the Shutdown call that asked for it can finish first. */
  void stopSoon() {
    Thread stopper = new DaemonThreads("canopywave-stop").newThread(this::stop);
    stopper.start();
  }

  /** go-plugin's Shutdown: the client is done with the session. */
  private void stopForClient() {
    stoppedByClient = true;
    stopSoon();
  }

  void stop() {
    if (server == null) {
      return;
    }
    LOG.debug("stopping the plugin server");
    openStreams.completeAll();
    server.shutdown();
    try {
      if (!server.awaitTermination(STOP_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
        server.shutdownNow();
      }
    } catch (InterruptedException e) {
      server.shutdownNow();
      Thread.currentThread().interrupt();
    }
    releaseThreads();
  }

  /** Interrupts the calls still running and lets the I/O thread go. Repeating it is harmless. */
  private void releaseThreads() {
    executor.shutdownNow();
    eventLoop.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
  }

  void awaitTermination() throws InterruptedException {
    server.awaitTermination();
  }

  /**
   * Once the server has terminated: waits up to GRACE for the session's threads to end. True
   * when the client ended the session with Shutdown and none of its calls still runs: the
   * process could then serve another session with nothing of this one left behind.
   */
  boolean finish(Duration grace) throws InterruptedException {
    // The thread that stopped the server may not have released them yet.
    releaseThreads();
    long millis = grace.toMillis();
    return executor.awaitTermination(millis, TimeUnit.MILLISECONDS)
        && eventLoop.awaitTermination(millis, TimeUnit.MILLISECONDS)
        && stoppedByClient;
  }
}
