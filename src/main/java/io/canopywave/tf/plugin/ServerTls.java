package io.canopywave.tf.plugin;

import io.grpc.netty.shaded.io.netty.handler.codec.http2.Http2SecurityUtil;
import io.grpc.netty.shaded.io.netty.handler.ssl.ApplicationProtocolConfig;
import io.grpc.netty.shaded.io.netty.handler.ssl.ApplicationProtocolConfig.Protocol;
import io.grpc.netty.shaded.io.netty.handler.ssl.ApplicationProtocolConfig.SelectedListenerFailureBehavior;
import io.grpc.netty.shaded.io.netty.handler.ssl.ApplicationProtocolConfig.SelectorFailureBehavior;
import io.grpc.netty.shaded.io.netty.handler.ssl.ApplicationProtocolNames;
import io.grpc.netty.shaded.io.netty.handler.ssl.ClientAuth;
import io.grpc.netty.shaded.io.netty.handler.ssl.JdkSslContext;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import io.grpc.netty.shaded.io.netty.handler.ssl.SupportedCipherSuiteFilter;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Mutual TLS as go-plugin expects it: our certificate, a client certificate required and trusted
 * only when it is (or is issued by) one the client announced, TLS 1.2 or newer, and ALPN
 * {@code h2}, without which the client's gRPC refuses the connection.
 *
 * <p>The JDK's {@link SSLContext} is wrapped directly, with the ciphers and ALPN settings that
 * {@code GrpcSslContexts} would choose. Netty's builder path would first run a self-test in a
 * static initialiser (an RSA key parsed and checked, a PKCS#12 store encrypted) that costs about
 * a third of the plugin's start-up; the JDK engine also avoids unpacking the bundled native TLS
 * library at every start.
 */
final class ServerTls {
  private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

  private ServerTls() {}

  static SslContext context(ServerCertificate server, List<X509Certificate> trustedClients)
      throws GeneralSecurityException {
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(
        new KeyManager[] {new SingleKeyManager(server)},
        trustOnly(trustedClients).getTrustManagers(),
        null);
    ApplicationProtocolConfig alpn =
        new ApplicationProtocolConfig(
            Protocol.ALPN,
            SelectorFailureBehavior.NO_ADVERTISE,
            SelectedListenerFailureBehavior.ACCEPT,
            ApplicationProtocolNames.HTTP_2);
    return new JdkSslContext(
        tls,
        false,
        Http2SecurityUtil.CIPHERS,
        SupportedCipherSuiteFilter.INSTANCE,
        alpn,
        ClientAuth.REQUIRE,
        PROTOCOLS,
        false);
  }

  private static TrustManagerFactory trustOnly(List<X509Certificate> certificates)
      throws GeneralSecurityException {
    KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
    try {
      store.load(null, null);
    } catch (IOException e) {
      throw new GeneralSecurityException("cannot create an empty trust store", e);
    }
    for (int i = 0; i < certificates.size(); i++) {
      store.setCertificateEntry("client-" + i, certificates.get(i));
    }
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(store);
    return factory;
  }
}
