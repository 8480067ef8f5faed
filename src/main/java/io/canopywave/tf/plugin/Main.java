package io.canopywave.tf.plugin;

import io.canopywave.tf.plugin.log.JulBridge;
import io.canopywave.tf.plugin.log.Log;
import io.canopywave.tf.plugin.log.Logger;
import io.canopywave.tf.plugin.log.Secrets;
import io.canopywave.tf.plugin.spare.Spare;
import io.canopywave.tf.protocol.ProviderService;
import io.canopywave.tf.provider.CanopyWaveProvider;
import io.grpc.BindableService;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The provider executable. OpenTofu or Terraform starts it, reads one handshake line from its
 * stdout and talks gRPC to the address in it until it calls Shutdown. With {@code --debug} it
 * serves in plaintext for clients that attach through TF_REATTACH_PROVIDERS. With {@code --spare
 * DIR} it starts ahead of need and waits for a launcher to hand it a session (see {@link Spare}).
 */
public final class Main {
  private static final Logger LOG = Log.module("plugin");

  /** How long the calls of an ended session may take to wind down before it counts as unclean. */
  private static final Duration SESSION_END_GRACE = Duration.ofSeconds(1);

  private Main() {}

  public static void main(String[] args) {
    LaunchTrace.mark("main-entered");
    // Only the handshake may reach stdout; anything printed by accident goes to stderr.
    PrintStream stdout =
        new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    System.setOut(System.err);
    JulBridge.install();
    int status;
    try {
      status = run(List.of(args), System.getenv(), stdout);
    } catch (LaunchException e) {
      status = 1;
      System.err.println(e.getMessage());
    } catch (RuntimeException e) {
      status = 1;
      LOG.error("the provider stopped on an unexpected error", "error", e);
    }
    System.exit(status);
  }

  private static int run(List<String> args, Map<String, String> environment, PrintStream stdout)
      throws LaunchException {
    if (args.isEmpty()) {
      // The process exits after its one session: no need to wait for the session's threads.
      servePlugin(environment, stdout, Duration.ZERO, () -> {});
      return 0;
    }
    if (args.size() == 2 && args.getFirst().equals(Spare.ARGUMENT)) {
      try {
        Spare.run(Path.of(args.get(1)), environment, stdout,
            (session, out, clientDone) ->
                servePlugin(session, out, SESSION_END_GRACE, clientDone));
      } catch (IOException e) {
        throw new LaunchException("the spare provider cannot go on: " + e.getMessage(), e);
      }
      return 0;
    }
    if (args.equals(List.of("--debug")) || args.equals(List.of("-debug"))) {
      serveDebug(PortRange.fromEnvironment(environment), stdout);
      return 0;
    }
    throw new LaunchException(
        "unexpected arguments " + args + "\n\n" + LaunchEnvironment.NOT_A_PROGRAM);
  }

  /**
   * Serves the session of the client that ENVIRONMENT describes (the process's own, or the one a
   * launcher handed a spare) until Shutdown or the client's end. Returns true when the client
   * ended it with Shutdown and nothing of it still runs after END_GRACE, so a spare may serve
   * another session. CLIENT_DONE runs once the server has stopped, before that wait.
   */
  private static boolean servePlugin(Map<String, String> environment, PrintStream stdout,
      Duration endGrace, Runnable clientDone) throws LaunchException {
    ParentWatch parent = ParentWatch.of(environment, ProcessHandle.current().parent());
    LaunchEnvironment launch = LaunchEnvironment.fromEnvironment(environment);
    Signals.ignoreInterrupt();
    Optional<TlsSetup.Pending> pendingTls =
        launch.clientCertificatePem().map(TlsSetup::prepareInBackground);
    CanopyWaveProvider provider = new CanopyWaveProvider(environment, true);
    PluginServer server = new PluginServer(providerService(provider));
    LaunchTrace.mark("services-built");
    Optional<TlsSetup> tls = Optional.empty();
    if (pendingTls.isPresent()) {
      tls = Optional.of(pendingTls.get().await());
    }
    server.listen(launch.ports(), tls.map(TlsSetup::context));
    LaunchTrace.mark("server-bound");
    stdout.print(Handshake.line(server.hostAndPort(), tls.map(TlsSetup::certificate)) + "\n");
    stdout.flush();
    LaunchTrace.mark("handshake-printed");
    LOG.debug("plugin serving", "address", server.hostAndPort(), "tls", tls.isPresent(),
        "pid", ProcessHandle.current().pid());
    try (ParentWatch.Armed watch = parent.whenGone(
        () -> {
          LOG.warn("the client process is gone; exiting");
          server.stop();
        })) {
      awaitStop(server);
      clientDone.run();
      return server.finish(endGrace);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      provider.close();
    }
  }

  private static void serveDebug(PortRange ports, PrintStream stdout) throws LaunchException {
    PluginServer server =
        new PluginServer(providerService(new CanopyWaveProvider(System.getenv(), true)));
    server.listen(ports, Optional.empty());
    Signals.onInterrupt(server::stopSoon);
    stdout.print(Reattach.instructions(server.hostAndPort(), ProcessHandle.current().pid()));
    stdout.flush();
    awaitStop(server);
  }

  private static void awaitStop(PluginServer server) {
    try {
      server.awaitTermination();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static BindableService providerService(CanopyWaveProvider provider) {
    return new ProviderService(provider, new RpcLogBridge(Log.root()), Secrets::redact);
  }
}
