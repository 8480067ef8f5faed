package io.canopywave.tf.e2e.support;

import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Client certificates shaped like the one OpenTofu makes for each plugin it starts. */
public final class TestCertificates {
  private TestCertificates() {}

  /** A certificate with its key and its PEM text, as PLUGIN_CLIENT_CERT carries it. */
  public record Identity(X509Certificate certificate, PrivateKey key, String pem) {}

  /** ECDSA P-521, self-signed, CN and SAN {@code localhost}, both key purposes, CA. */
  public static Identity clientIdentity() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp521r1"));
      KeyPair keys = generator.generateKeyPair();
      X500Name name = new X500Name("CN=localhost,O=OpenTofu test client");
      Instant now = Instant.now();
      JcaX509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              name,
              new BigInteger(128, new SecureRandom()),
              Date.from(now.minus(Duration.ofMinutes(1))),
              Date.from(now.plus(Duration.ofHours(2))),
              name,
              keys.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
      builder.addExtension(
          Extension.extendedKeyUsage,
          false,
          new ExtendedKeyUsage(
              new KeyPurposeId[] {KeyPurposeId.id_kp_clientAuth, KeyPurposeId.id_kp_serverAuth}));
      builder.addExtension(
          Extension.subjectAlternativeName,
          false,
          new GeneralNames(new GeneralName(GeneralName.dNSName, "localhost")));
      var signer = new JcaContentSignerBuilder("SHA512withECDSA").build(keys.getPrivate());
      X509Certificate certificate =
          new JcaX509CertificateConverter().getCertificate(builder.build(signer));
      return new Identity(certificate, keys.getPrivate(), pem(certificate));
    } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
      throw new IllegalStateException("cannot make a test certificate", e);
    }
  }

  private static String pem(X509Certificate certificate) throws GeneralSecurityException {
    StringWriter out = new StringWriter();
    out.write("-----BEGIN CERTIFICATE-----\n");
    byte[] newline = "\n".getBytes(StandardCharsets.US_ASCII);
    out.write(Base64.getMimeEncoder(64, newline).encodeToString(certificate.getEncoded()));
    out.write("\n-----END CERTIFICATE-----\n");
    return out.toString();
  }
}
