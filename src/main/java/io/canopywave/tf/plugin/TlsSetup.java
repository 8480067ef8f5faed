package io.canopywave.tf.plugin;

import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/** The server certificate and the TLS context built on it, for one process. */
record TlsSetup(ServerCertificate certificate, SslContext context) {

  static TlsSetup prepare(String clientCertificatePem) throws LaunchException {
    ServerCertificate certificate;
    try {
      certificate = ServerCertificate.generate(Instant.now());
    } catch (GeneralSecurityException e) {
      throw new LaunchException("cannot create the server certificate: " + e.getMessage(), e);
    }
    LaunchTrace.mark("certificate-generated");
    List<X509Certificate> trusted = ClientCertificates.parse(clientCertificatePem);
    try {
      TlsSetup setup = new TlsSetup(certificate, ServerTls.context(certificate, trusted));
      LaunchTrace.mark("tls-context-ready");
      return setup;
    } catch (GeneralSecurityException e) {
      throw new LaunchException("cannot set up TLS: " + e.getMessage(), e);
    }
  }

  /**
   * Key generation and the TLS classes take a good part of start-up; done on a second thread they
   * overlap with loading the gRPC server. {@link Pending#await} gives the result.
   */
  static Pending prepareInBackground(String clientCertificatePem) {
    FutureTask<TlsSetup> task = new FutureTask<>(() -> prepare(clientCertificatePem));
    new DaemonThreads("canopywave-tls").newThread(task).start();
    return new Pending(task);
  }

  record Pending(FutureTask<TlsSetup> task) {
    TlsSetup await() throws LaunchException {
      try {
        return task.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new LaunchException("interrupted while setting up TLS", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof LaunchException launch) {
          throw launch;
        }
        throw new LaunchException("cannot set up TLS: " + e.getCause(), e.getCause());
      }
    }
  }
}
