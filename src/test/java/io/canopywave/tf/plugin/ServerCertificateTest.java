package io.canopywave.tf.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServerCertificateTest {
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  @Test
  void generate_certificate_isWhatAGoPluginClientAccepts() throws Exception {
    X509Certificate certificate = ServerCertificate.generate(NOW).certificate();

    assertThat(certificate.getSubjectAlternativeNames())
        .containsExactly(List.of(2, "localhost"), List.of(7, "127.0.0.1"));
    assertThat(certificate.getVersion()).isEqualTo(3);
    assertThat(certificate.getSubjectX500Principal())
        .isEqualTo(certificate.getIssuerX500Principal());
    assertThat(certificate.getSubjectX500Principal().getName()).startsWith("CN=localhost");
    assertThat(certificate.getBasicConstraints()).isEqualTo(Integer.MAX_VALUE);
    assertThat(certificate.getExtendedKeyUsage())
        .containsExactlyInAnyOrder("1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2");
    // digitalSignature, nonRepudiation, keyEncipherment, dataEncipherment, keyAgreement,
    // keyCertSign, cRLSign, encipherOnly, decipherOnly
    assertThat(certificate.getKeyUsage())
        .startsWith(true, false, true, false, true, true, false, false, false);
    assertThat(certificate.getCriticalExtensionOIDs())
        .containsExactlyInAnyOrder("2.5.29.19", "2.5.29.15");
    assertThat(certificate.getNotBefore().toInstant()).isEqualTo(NOW.minusSeconds(30));
    assertThat(certificate.getNotAfter().toInstant()).isAfter(NOW.plus(300, ChronoUnit.DAYS));
    assertThat(((ECPublicKey) certificate.getPublicKey()).getParams().getCurve().getField()
            .getFieldSize())
        .isEqualTo(384);
    assertThat(certificate.getSigAlgName()).isEqualTo("SHA384withECDSA");
    certificate.verify(certificate.getPublicKey());
  }

  @Test
  void selfSigned_p521WithSha512_parsesAndVerifies() throws Exception {
    X509Certificate certificate =
        ServerCertificate.selfSigned(NOW, "secp521r1", "SHA512withECDSA").certificate();

    assertThat(certificate.getSigAlgName()).isEqualTo("SHA512withECDSA");
    assertThat(((ECPublicKey) certificate.getPublicKey()).getParams().getCurve().getField()
            .getFieldSize())
        .isEqualTo(521);
    certificate.verify(certificate.getPublicKey());
  }

  @Test
  void selfSigned_unknownSignatureAlgorithm_isRefused() {
    assertThatThrownBy(() -> ServerCertificate.selfSigned(NOW, "secp384r1", "SHA1withRSA"))
        .isInstanceOf(GeneralSecurityException.class)
        .hasMessageContaining("SHA1withRSA");
  }

  @Test
  void generate_certificate_isAcceptedByAPkixValidationWithItselfAsTheOnlyAnchor()
      throws Exception {
    X509Certificate certificate = ServerCertificate.generate(NOW).certificate();
    CertificateFactory factory = CertificateFactory.getInstance("X.509");
    PKIXParameters parameters =
        new PKIXParameters(Set.of(new TrustAnchor(certificate, null)));
    parameters.setRevocationEnabled(false);

    CertPathValidator.getInstance("PKIX")
        .validate(factory.generateCertPath(List.of(certificate)), parameters);
  }

  @Test
  void generate_twice_givesDifferentKeysAndSerials() throws Exception {
    ServerCertificate first = ServerCertificate.generate(NOW);
    ServerCertificate second = ServerCertificate.generate(NOW);

    assertThat(first.certificate().getSerialNumber())
        .isNotEqualTo(second.certificate().getSerialNumber());
    assertThat(first.certificate().getPublicKey())
        .isNotEqualTo(second.certificate().getPublicKey());
    assertThat(first.certificate().getSerialNumber().signum()).isPositive();
  }

  @Test
  void handshakeEncoding_isUnpaddedStandardBase64OfTheDer() throws Exception {
    ServerCertificate server = ServerCertificate.generate(NOW);

    String encoded = server.handshakeEncoding();

    assertThat(encoded).matches("[A-Za-z0-9+/]+");
    byte[] der = Base64.getDecoder().decode(encoded);
    assertThat(der).isEqualTo(server.certificate().getEncoded());
    X509Certificate parsed =
        (X509Certificate)
            CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(der));
    assertThat(parsed).isEqualTo(server.certificate());
  }
}
