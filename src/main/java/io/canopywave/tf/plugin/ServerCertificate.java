package io.canopywave.tf.plugin;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * The one-off certificate the plugin presents to the client. The client trusts exactly this
 * certificate (it arrives in the handshake line) and checks it for the name {@code localhost}, so
 * it is self-signed, marked as its own CA and carries that name as a DNS SAN (and 127.0.0.1 as an
 * IP SAN). It is written with {@link Der} and signed with the JDK's own {@link Signature}: an
 * ASN.1 library would load hundreds of classes on every start for this one structure.
 */
public record ServerCertificate(X509Certificate certificate, PrivateKey privateKey) {
  /** Tolerates a client clock slightly behind ours. */
  static final Duration BACKDATE = Duration.ofSeconds(30);

  static final Duration LIFETIME = Duration.ofDays(365);
  static final String HOST = "localhost";
  static final String CURVE = "secp384r1";
  static final String SIGNATURE = "SHA384withECDSA";

  private static final Map<String, String> SIGNATURE_OIDS =
      Map.of(
          "SHA256withECDSA", "1.2.840.10045.4.3.2",
          "SHA384withECDSA", "1.2.840.10045.4.3.3",
          "SHA512withECDSA", "1.2.840.10045.4.3.4");
  private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
  private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
  /** digitalSignature, keyEncipherment, keyAgreement and keyCertSign: bits 0, 2, 4 and 5. */
  private static final byte KEY_USAGE_BITS = (byte) 0b1010_1100;
  private static final byte[] LOOPBACK_IPV4 = {127, 0, 0, 1};

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
    String signatureOid = SIGNATURE_OIDS.get(signature);
    if (signatureOid == null) {
      throw new GeneralSecurityException("unsupported certificate signature " + signature);
    }
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec(curve));
    KeyPair keys = generator.generateKeyPair();
    byte[] algorithm = Der.sequence(Der.objectIdentifier(signatureOid));
    byte[] name =
        Der.sequence(
            relativeName("2.5.4.10", "Canopy Wave provider"), relativeName("2.5.4.3", HOST));
    byte[] toBeSigned =
        Der.sequence(
            Der.explicit(0, Der.integer(BigInteger.TWO)),
            Der.integer(new BigInteger(127, new SecureRandom()).setBit(0)),
            algorithm,
            name,
            Der.sequence(Der.time(now.minus(BACKDATE)), Der.time(now.plus(LIFETIME))),
            name,
            keys.getPublic().getEncoded(),
            Der.explicit(3, Der.sequence(
                extension("2.5.29.19", true, Der.sequence(Der.bool(true))),
                extension("2.5.29.15", true, Der.bitString(new byte[] {KEY_USAGE_BITS}, 2)),
                extension("2.5.29.37", false, Der.sequence(
                    Der.objectIdentifier(SERVER_AUTH), Der.objectIdentifier(CLIENT_AUTH))),
                extension("2.5.29.17", false, Der.sequence(
                    Der.implicitPrimitive(2, HOST.getBytes(StandardCharsets.US_ASCII)),
                    Der.implicitPrimitive(7, LOOPBACK_IPV4))))));
    Signature signer = Signature.getInstance(signature);
    signer.initSign(keys.getPrivate());
    signer.update(toBeSigned);
    byte[] der = Der.sequence(toBeSigned, algorithm, Der.bitString(signer.sign(), 0));
    X509Certificate certificate =
        (X509Certificate)
            CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(der));
    return new ServerCertificate(certificate, keys.getPrivate());
  }

  /** One attribute as a relative distinguished name: SET { SEQUENCE { type, UTF8String } }. */
  private static byte[] relativeName(String typeOid, String value) {
    return Der.set(Der.sequence(Der.objectIdentifier(typeOid), Der.utf8String(value)));
  }

  private static byte[] extension(String oid, boolean critical, byte[] value) {
    return critical
        ? Der.sequence(Der.objectIdentifier(oid), Der.bool(true), Der.octetString(value))
        : Der.sequence(Der.objectIdentifier(oid), Der.octetString(value));
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
