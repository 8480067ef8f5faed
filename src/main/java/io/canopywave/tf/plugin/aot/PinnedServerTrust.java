package io.canopywave.tf.plugin.aot;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts exactly one server certificate, the one the provider printed in its handshake, as the
 * go-plugin client does. One TLS context then serves every launch in turn (launches are
 * sequential), which keeps the client's own set-up cost out of per-launch timings.
 */
final class PinnedServerTrust extends X509ExtendedTrustManager {

  private volatile X509Certificate expected;

  void expect(X509Certificate certificate) {
    expected = certificate;
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    X509Certificate pinned = expected;
    if (pinned == null || chain.length == 0 || !chain[0].equals(pinned)) {
      throw new CertificateException("the server did not present its handshake certificate");
    }
    chain[0].checkValidity();
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    checkServerTrusted(chain, authType);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    checkServerTrusted(chain, authType);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    throw new CertificateException("the driver is a client only");
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    checkClientTrusted(chain, authType);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    checkClientTrusted(chain, authType);
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    X509Certificate pinned = expected;
    return pinned == null ? new X509Certificate[0] : new X509Certificate[] {pinned};
  }
}
