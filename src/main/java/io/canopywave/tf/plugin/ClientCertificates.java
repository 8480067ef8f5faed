package io.canopywave.tf.plugin;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;

/** Reads the PEM certificate(s) the client passes in PLUGIN_CLIENT_CERT. */
final class ClientCertificates {
  private ClientCertificates() {}

  static List<X509Certificate> parse(String pem) throws LaunchException {
    List<X509Certificate> certificates;
    try {
      certificates =
          CertificateFactory.getInstance("X.509")
              .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.UTF_8)))
              .stream()
              .map(X509Certificate.class::cast)
              .toList();
    } catch (CertificateException e) {
      throw new LaunchException(
          "PLUGIN_CLIENT_CERT does not hold a readable PEM certificate: " + e.getMessage(), e);
    }
    if (certificates.isEmpty()) {
      throw new LaunchException("PLUGIN_CLIENT_CERT holds no certificate");
    }
    return certificates;
  }
}
