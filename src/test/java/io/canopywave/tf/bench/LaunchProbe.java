package io.canopywave.tf.bench;

import io.canopywave.tf.plugin.aot.ClientIdentity;
import io.canopywave.tf.plugin.aot.ClientTls;
import io.canopywave.tf.plugin.aot.PluginHandshake;
import io.canopywave.tf.plugin.aot.PluginProcess;
import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCalls;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Times one provider launch as OpenTofu performs it: exec, handshake line, first schema answer
 * over mTLS, and exit after Shutdown. The driver itself plays the client, so both providers face
 * the same one. Launches are sequential: one probe serves them all in turn.
 */
final class LaunchProbe {

  private static final long CALL_TIMEOUT_SECONDS = 30;
  // OpenTofu waits two seconds after Shutdown before it kills the plugin; allow more, so a
  // slow exit shows in the figures instead of being cut off.
  private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(10);

  private final ClientTls tls;

  LaunchProbe() throws IOException {
    tls = new ClientTls(ClientIdentity.generate());
  }

  /** Launches EXECUTABLE once and measures it; the process is gone when this returns. */
  LaunchSample launch(Path executable) throws IOException, InterruptedException {
    try (PluginProcess provider =
        PluginProcess.start(
            executable, tls.identity(), Map.of(), ProcessBuilder.Redirect.DISCARD)) {
      ManagedChannel channel = tls.channelTo(provider.handshake());
      byte[] schema;
      long schemaAnswered;
      double peakRssMib;
      try {
        schema =
            ClientCalls.blockingUnaryCall(
                channel,
                RawRpc.providerSchema(provider.handshake().protocolVersion()),
                callOptions(),
                RawRpc.EMPTY_MESSAGE);
        schemaAnswered = System.nanoTime();
        // The peak so far, read while the process surely still runs: Shutdown adds little.
        PluginHandshake handshake = provider.handshake();
        peakRssMib =
            peakRssMib(
                provider.pid(),
                handshake.unixSocket() ? OptionalInt.empty() : OptionalInt.of(handshake.port()));
        shutdown(channel);
      } finally {
        channel.shutdownNow();
      }
      if (!provider.awaitExit(EXIT_TIMEOUT)) {
        throw new IllegalStateException(
            executable + " did not exit within " + EXIT_TIMEOUT.toSeconds() + " s of Shutdown");
      }
      long exited = System.nanoTime();
      long started = provider.startedNanos();
      return new LaunchSample(
          millis(started, provider.handshakeNanos()),
          millis(started, schemaAnswered),
          millis(started, exited),
          peakRssMib,
          provider.handshake().protocolVersion(),
          schema);
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

  private static CallOptions callOptions() {
    return CallOptions.DEFAULT.withDeadlineAfter(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  /**
   * The launched process and its descendants, plus the process serving PORT when it is another
   * one: a spare that the launched process handed the session to.
   */
  private static double peakRssMib(long pid, OptionalInt port) {
    Set<Long> pids = new HashSet<>();
    pids.add(pid);
    ProcessHandle.of(pid).map(ProcessHandle::descendants).orElseGet(Stream::empty)
        .forEach(child -> pids.add(child.pid()));
    port.stream()
        .mapToObj(SpareProcesses::listeningOn)
        .flatMap(Optional::stream)
        .forEach(server -> pids.add(server.pid()));
    long kib = pids.stream().mapToLong(each -> ProcessMemory.peakKib(each).orElse(0)).sum();
    return ProcessMemory.mib(kib);
  }

  private static double millis(long fromNanos, long toNanos) {
    return (toNanos - fromNanos) / 1e6;
  }
}
