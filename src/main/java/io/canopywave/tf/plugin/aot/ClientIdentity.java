package io.canopywave.tf.plugin.aot;

import io.canopywave.tf.plugin.ServerCertificate;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;

/**
 * The client certificate handed to a provider in PLUGIN_CLIENT_CERT. It is made the way OpenTofu
 * makes its own (ECDSA P-521, SAN localhost, both key purposes, self-signed CA), so the provider
 * verifies the same kind of signature it meets in real use.
 */
public record ClientIdentity(X509Certificate certificate, PrivateKey privateKey) {

  public static ClientIdentity generate() {
    try {
      var made = ServerCertificate.selfSigned(Instant.now(), "secp521r1", "SHA512withECDSA");
      return new ClientIdentity(made.certificate(), made.privateKey());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot make the client certificate", e);
    }
  }

  /** The certificate as PEM text, the form PLUGIN_CLIENT_CERT carries. */
  public String certificatePem() {
    try {
      String body =
          Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
              .encodeToString(certificate.getEncoded());
      return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot encode the client certificate", e);
    }
  }
}
