package io.canopywave.tf.plugin.spare;

import io.canopywave.tf.plugin.aot.ClientIdentity;
import io.canopywave.tf.plugin.aot.ClientTls;
import io.canopywave.tf.plugin.aot.PluginHandshake;
import io.canopywave.tf.plugin.aot.PluginProcess;
import io.canopywave.tf.protocol.tfplugin6.ProviderGrpc;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one short session against the spare itself before any client comes: the session code
 * serves a loopback client that makes what every session starts with (the mTLS handshake, the
 * schema, Shutdown). The classes are loaded and the JIT has compiled the handshake, so the client
 * that claims the spare meets warm code. It costs about what a provider's own start costs; the
 * rest of a session's calls are left cold, as a longer rehearsal would cost every spare more CPU
 * than it saves the one session in three that configures.
 */
final class WarmUp {
  private static final Duration LIMIT = Duration.ofMinutes(2);

  private WarmUp() {}

  /** Returns normally when the rehearsal session ran and ended; throws when it did not. */
  static <E extends Exception> void rehearse(Spare.Session<E> session) throws IOException {
    ClientTls client = new ClientTls(ClientIdentity.generate());
    PipedInputStream handshakeIn = new PipedInputStream();
    PrintStream handshakeOut =
        new PrintStream(new PipedOutputStream(handshakeIn), true, StandardCharsets.UTF_8);
    AtomicReference<Exception> failure = new AtomicReference<>();
    Thread server =
        Thread.ofPlatform()
            .daemon()
            .name("canopywave-warm-up")
            .start(
                () -> {
                  try {
                    session.serve(PluginProcess.goPluginEnvironment(client.identity()),
                        handshakeOut, () -> {});
                  } catch (Exception e) {
                    failure.set(e);
                  } finally {
                    handshakeOut.close();
                  }
                });
    String line =
        new BufferedReader(new InputStreamReader(handshakeIn, StandardCharsets.UTF_8)).readLine();
    if (line == null) {
      throw new IOException("the rehearsal session printed no handshake", failure.get());
    }
    callSchemaThenShutdown(client.channelTo(PluginHandshake.parse(line)));
    try {
      server.join(LIMIT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted during the warm-up", e);
    }
    if (server.isAlive() || failure.get() != null) {
      throw new IOException("the rehearsal session did not end well", failure.get());
    }
  }

  private static void callSchemaThenShutdown(ManagedChannel channel) throws IOException {
    try {
      ProviderGrpc.newBlockingStub(channel)
          .withDeadlineAfter(LIMIT)
          .getProviderSchema(Tfplugin6.GetProviderSchema.Request.getDefaultInstance());
    } catch (StatusRuntimeException e) {
      channel.shutdownNow();
      throw new IOException("the rehearsal's schema call failed: " + e.getStatus(), e);
    }
    ClientTls.shutdown(channel, LIMIT);
    channel.shutdownNow();
  }
}
