package io.canopywave.tf.simulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;

/**
 * SSH key material: real RSA key pairs for keys created without a public key, validation of
 * imported OpenSSH public keys, and the legacy MD5 fingerprint OpenSSH prints with
 * {@code ssh-keygen -l -E md5}.
 */
final class KeyPairs {
  /** The PEM label of a PKCS#1 RSA private key, the form the API reference shows. */
  private static final String PKCS1_LABEL = "RSA PRIVATE KEY";

  private static final Set<String> KEY_TYPES =
      Set.of(
          "ssh-rsa",
          "ssh-dss",
          "ssh-ed25519",
          "ecdsa-sha2-nistp256",
          "ecdsa-sha2-nistp384",
          "ecdsa-sha2-nistp521",
          "sk-ssh-ed25519@openssh.com",
          "sk-ecdsa-sha2-nistp256@openssh.com");

  private KeyPairs() {}

  /** A generated pair: the private key as PKCS#1 PEM, the public key as an OpenSSH line. */
  record Generated(String privateKeyPem, String publicKey) {
    @Override
    public String toString() {
      return "Generated[privateKeyPem=***, publicKey=" + publicKey + "]";
    }
  }

  static Generated generateRsa() {
    try {
      var generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      var pair = generator.generateKeyPair();
      // The JDK encodes private keys as PKCS#8; the reference shows PKCS#1 ("RSA PRIVATE KEY").
      byte[] pkcs1 =
          PrivateKeyInfo.getInstance(pair.getPrivate().getEncoded())
              .parsePrivateKey()
              .toASN1Primitive()
              .getEncoded();
      String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(pkcs1);
      String pem = pemBlock(PKCS1_LABEL, body);
      return new Generated(pem, openSshRsa((RSAPublicKey) pair.getPublic()));
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("RSA key generation is part of every JDK", e);
    }
  }

  /** A PEM block: the label between dashes, the Base64 body, the closing line. */
  private static String pemBlock(String label, String body) {
    return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
  }

  /** {@code ssh-rsa <base64 of string "ssh-rsa", mpint e, mpint n>}. */
  static String openSshRsa(RSAPublicKey key) {
    var blob = new ByteArrayOutputStream();
    writeString(blob, "ssh-rsa".getBytes(StandardCharsets.US_ASCII));
    writeString(blob, key.getPublicExponent().toByteArray());
    writeString(blob, key.getModulus().toByteArray());
    return "ssh-rsa " + Base64.getEncoder().encodeToString(blob.toByteArray());
  }

  /**
   * The key blob of an OpenSSH public key line ({@code type base64 [comment]}), checked: a
   * known type, valid base64, and a blob that starts with the same type name.
   */
  static byte[] parsePublicKey(String line) {
    String[] parts = line.trim().split("\\s+", 3);
    if (parts.length < 2 || !KEY_TYPES.contains(parts[0])) {
      throw ApiError.badRequest("publicKey is not an OpenSSH public key (type base64 [comment])");
    }
    byte[] blob;
    try {
      blob = Base64.getDecoder().decode(parts[1]);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("publicKey is not an OpenSSH public key: bad base64");
    }
    var buffer = ByteBuffer.wrap(blob);
    if (buffer.remaining() < 4) {
      throw ApiError.badRequest("publicKey is not an OpenSSH public key: blob too short");
    }
    int typeLength = buffer.getInt();
    if (typeLength < 0 || typeLength > buffer.remaining()) {
      throw ApiError.badRequest("publicKey is not an OpenSSH public key: bad blob");
    }
    String type = new String(blob, 4, typeLength, StandardCharsets.US_ASCII);
    if (!type.equals(parts[0])) {
      throw ApiError.badRequest("publicKey is not an OpenSSH public key: type mismatch");
    }
    return blob;
  }

  /** {@code aa:bb:...}: the hex MD5 digest of the key blob, bytes separated by colons. */
  static String md5Fingerprint(byte[] blob) {
    try {
      byte[] digest = MessageDigest.getInstance("MD5").digest(blob);
      return HexFormat.ofDelimiter(":").formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("MD5 is part of every JDK", e);
    }
  }

  private static void writeString(ByteArrayOutputStream out, byte[] bytes) {
    out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
    out.writeBytes(bytes);
  }
}
