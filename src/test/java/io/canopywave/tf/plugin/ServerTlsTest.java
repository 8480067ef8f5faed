package io.canopywave.tf.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.netty.shaded.io.netty.buffer.ByteBufAllocator;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

class ServerTlsTest {
  private static final String TRUST_STORE = "javax.net.ssl.trustStore";

  @Test
  void context_serverEngine_requiresAClientCertificateAndOffersH2() throws Exception {
    SslContext context = newContext();

    SSLEngine engine = context.newEngine(ByteBufAllocator.DEFAULT);

    assertThat(engine.getUseClientMode()).isFalse();
    assertThat(engine.getNeedClientAuth()).isTrue();
    assertThat(engine.getEnabledProtocols()).containsOnly("TLSv1.3", "TLSv1.2");
    assertThat(context.applicationProtocolNegotiator().protocols()).containsExactly("h2");
  }

  @Test
  void context_afterwards_theDefaultTrustStoreIsTheJdksAgain() throws Exception {
    newContext();

    assertThat(System.getProperty(TRUST_STORE)).isNull();
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init((KeyStore) null);
    X509TrustManager trust = (X509TrustManager) factory.getTrustManagers()[0];
    assertThat(trust.getAcceptedIssuers()).hasSizeGreaterThan(10);
  }

  @Test
  void context_withATrustStoreChosenByTheUser_leavesTheSettingAlone() throws Exception {
    System.setProperty(TRUST_STORE, "/nonexistent/chosen-by-user");
    try {
      newContext();

      assertThat(System.getProperty(TRUST_STORE)).isEqualTo("/nonexistent/chosen-by-user");
    } finally {
      System.clearProperty(TRUST_STORE);
    }
  }

  private static SslContext newContext() throws Exception {
    ServerCertificate server = ServerCertificate.generate(Instant.now());
    X509Certificate client =
        ServerCertificate.selfSigned(Instant.now(), "secp521r1", "SHA512withECDSA").certificate();
    return ServerTls.context(server, List.of(client));
  }
}
