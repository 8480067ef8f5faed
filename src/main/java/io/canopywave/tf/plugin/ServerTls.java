package io.canopywave.tf.plugin;

import io.grpc.netty.shaded.io.netty.buffer.ByteBufAllocator;
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
import java.util.function.Supplier;
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
  private static final String TRUST_STORE_PROPERTY = "javax.net.ssl.trustStore";
  /** The JDK's name for a trust store without a file: an empty one. */
  private static final String NO_TRUST_STORE = "NONE";

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
    return withEmptyDefaultTrustStore(() -> {
      SslContext context = new JdkSslContext(
          tls,
          false,
          Http2SecurityUtil.CIPHERS,
          SupportedCipherSuiteFilter.INSTANCE,
          alpn,
          ClientAuth.REQUIRE,
          PROTOCOLS,
          false);
      // The first engine runs Netty's ALPN probe now rather than at the client's first connection.
      context.newEngine(ByteBufAllocator.DEFAULT);
      return context;
    });
  }

  /**
   * Netty probes the JDK once for its default protocols, ciphers and ALPN support, each time with
   * a default SSLContext, whose trust manager parses the JDK's CA store (some 140 certificates,
   * twice): a fifth of a second of start-up for a context that only lists names. The probes get
   * an empty default trust store instead. Our own context never uses the default one, and no
   * other TLS is set up before the server listens (the API client is created at configure), so
   * the setting is back before anything could trust through it. A trust store chosen by the user
   * is left alone.
   */
  private static <T> T withEmptyDefaultTrustStore(Supplier<T> probe) {
    if (System.getProperty(TRUST_STORE_PROPERTY) != null) {
      return probe.get();
    }
    System.setProperty(TRUST_STORE_PROPERTY, NO_TRUST_STORE);
    try {
      return probe.get();
    } finally {
      System.clearProperty(TRUST_STORE_PROPERTY);
    }
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
