package io.canopywave.tf.plugin;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * Presents the one server certificate. Netty's own route to a key manager goes through a PKCS#12
 * key store, which encrypts and decrypts the key with 10,000 PBKDF2 rounds: most of a second of
 * start-up on a cold JVM, spent guarding a key that never leaves memory.
 */
final class SingleKeyManager extends X509ExtendedKeyManager {
  private static final String ALIAS = "server";

  private final ServerCertificate server;

  SingleKeyManager(ServerCertificate server) {
    this.server = server;
  }

  @Override
  public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
    return matches(keyType) ? ALIAS : null;
  }

  @Override
  public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
    return matches(keyType) ? ALIAS : null;
  }

  private boolean matches(String keyType) {
    return keyType != null && keyType.startsWith(server.privateKey().getAlgorithm());
  }

  @Override
  public String[] getServerAliases(String keyType, Principal[] issuers) {
    return matches(keyType) ? new String[] {ALIAS} : null;
  }

  @Override
  public X509Certificate[] getCertificateChain(String alias) {
    return ALIAS.equals(alias) ? new X509Certificate[] {server.certificate()} : null;
  }

  @Override
  public PrivateKey getPrivateKey(String alias) {
    return ALIAS.equals(alias) ? server.privateKey() : null;
  }

  @Override
  public String[] getClientAliases(String keyType, Principal[] issuers) {
    return null;
  }

  @Override
  public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
    return null;
  }
}
