package io.canopywave.tf.plugin;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
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
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The one-off certificate the plugin presents to the client. The client trusts exactly this
 * certificate (it arrives in the handshake line) and checks it for the name {@code localhost}, so
 * it is self-signed, marked as its own CA and carries that name as a DNS SAN.
 */
public record ServerCertificate(X509Certificate certificate, PrivateKey privateKey) {
  /** Tolerates a client clock slightly behind ours. */
  static final Duration BACKDATE = Duration.ofSeconds(30);

  static final Duration LIFETIME = Duration.ofDays(365);
  static final String HOST = "localhost";
  static final String CURVE = "secp384r1";
  static final String SIGNATURE = "SHA384withECDSA";

  /**
   * A new key and certificate, valid from {@code now - 30 s}. The curve is P-384: on a cold JVM
   * its key costs half of a P-256 one, whose first use fills a precomputed table.
   */
  static ServerCertificate generate(Instant now) throws GeneralSecurityException {
    return selfSigned(now, CURVE, SIGNATURE);
  }

  /**
   * The same certificate on another curve. go-plugin's certificates serve either end, so this
   * also makes the client certificate of a training or benchmark client (P-521, as OpenTofu's).
   */
  public static ServerCertificate selfSigned(Instant now, String curve, String signature)
      throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec(curve));
    KeyPair keys = generator.generateKeyPair();
    X500Name subject = new X500Name("O=Canopy Wave provider,CN=" + HOST);
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            subject,
            new BigInteger(127, new SecureRandom()).setBit(0),
            Date.from(now.minus(BACKDATE)),
            Date.from(now.plus(LIFETIME)),
            subject,
            keys.getPublic());
    try {
      builder
          .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
          .addExtension(
              Extension.keyUsage,
              true,
              new KeyUsage(
                  KeyUsage.digitalSignature
                      | KeyUsage.keyEncipherment
                      | KeyUsage.keyAgreement
                      | KeyUsage.keyCertSign))
          .addExtension(
              Extension.extendedKeyUsage,
              false,
              new ExtendedKeyUsage(
                  new KeyPurposeId[] {
                    KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth
                  }))
          .addExtension(
              Extension.subjectAlternativeName,
              false,
              new GeneralNames(new GeneralName(GeneralName.dNSName, HOST)));
      ContentSigner signer =
          new JcaContentSignerBuilder(signature).build(keys.getPrivate());
      X509Certificate certificate =
          new JcaX509CertificateConverter().getCertificate(builder.build(signer));
      return new ServerCertificate(certificate, keys.getPrivate());
    } catch (CertIOException | OperatorCreationException e) {
      throw new GeneralSecurityException("cannot build the server certificate", e);
    }
  }

  /** The DER bytes in standard base64 without padding, as the handshake line carries them. */
  String handshakeEncoding() {
    try {
      return Base64.getEncoder().withoutPadding().encodeToString(certificate.getEncoded());
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException("a certificate we built cannot be encoded", e);
    }
  }
}
