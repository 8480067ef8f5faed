package io.canopywave.tf.plugin;

import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.netty.handler.ssl.ClientAuth;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContextBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslProvider;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLException;

/**
 * Mutual TLS as go-plugin expects it: our certificate, a client certificate required and trusted
 * only when it is (or is issued by) one the client announced, TLS 1.2 or newer, ALPN {@code h2}.
 */
final class ServerTls {
  private ServerTls() {}

  static SslContext context(ServerCertificate server, List<X509Certificate> trustedClients)
      throws SSLException {
    SslContextBuilder builder =
        SslContextBuilder.forServer(server.privateKey(), server.certificate())
            .trustManager(trustedClients.toArray(X509Certificate[]::new))
            .clientAuth(ClientAuth.REQUIRE)
            .protocols("TLSv1.3", "TLSv1.2");
    // The JDK engine avoids unpacking the bundled native TLS library at every start.
    return GrpcSslContexts.configure(builder, SslProvider.JDK).build();
  }
}
