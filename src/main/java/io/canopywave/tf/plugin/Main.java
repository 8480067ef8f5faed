package io.canopywave.tf.plugin;

import io.canopywave.tf.plugin.log.JulBridge;
import io.canopywave.tf.plugin.log.Log;
import io.canopywave.tf.plugin.log.Logger;
import io.canopywave.tf.plugin.log.Secrets;
import io.canopywave.tf.protocol.ProviderService;
import io.canopywave.tf.provider.CanopyWaveProvider;
import io.grpc.BindableService;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The provider executable. OpenTofu or Terraform starts it, reads one handshake line from its
 * stdout and talks gRPC to the address in it until it calls Shutdown. With {@code --debug} it
 * serves in plaintext for clients that attach through TF_REATTACH_PROVIDERS.
 */
public final class Main {
  private static final Logger LOG = Log.module("plugin");

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
      servePlugin(LaunchEnvironment.fromEnvironment(environment), stdout);
      return 0;
    }
    if (args.equals(List.of("--debug")) || args.equals(List.of("-debug"))) {
      serveDebug(PortRange.fromEnvironment(environment), stdout);
      return 0;
    }
    throw new LaunchException(
        "unexpected arguments " + args + "\n\n" + LaunchEnvironment.NOT_A_PROGRAM);
  }

  private static void servePlugin(LaunchEnvironment launch, PrintStream stdout)
      throws LaunchException {
    ParentWatch parent = ParentWatch.ofCurrentParent();
    Signals.ignoreInterrupt();
    Optional<TlsSetup.Pending> pendingTls =
        launch.clientCertificatePem().map(TlsSetup::prepareInBackground);
    PluginServer server = new PluginServer(providerService());
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
    LOG.debug("plugin serving", "address", server.hostAndPort(), "tls", tls.isPresent());
    parent.whenGone(
        () -> {
          LOG.warn("the client process is gone; exiting");
          server.stop();
        });
    awaitStop(server);
  }

  private static void serveDebug(PortRange ports, PrintStream stdout) throws LaunchException {
    PluginServer server = new PluginServer(providerService());
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

  private static BindableService providerService() {
    return new ProviderService(
        new CanopyWaveProvider(), new RpcLogBridge(Log.root()), Secrets::redact);
  }
}
