package io.canopywave.tf.resource.sshkey;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An OpenSSH public key line, {@code <type> <base64 blob> [comment]}, as in a {@code .pub} file
 * or {@code authorized_keys}. Two lines are the same key when type and blob match: the comment
 * and the whitespace around and between the parts carry no meaning.
 *
 * @param type the key type, e.g. {@code ssh-ed25519}
 * @param blob the base64 key data as written
 * @param comment what follows the blob, or empty
 */
record OpenSshPublicKey(String type, String blob, String comment) {
  private static final Set<String> TYPES = Set.of(
      "ssh-rsa", "ssh-dss", "ssh-ed25519", "ssh-ed448",
      "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521",
      "sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com");

  /** The key without comment or extra whitespace: {@code <type> <blob>}. */
  String normalized() {
    return type + " " + blob;
  }

  /**
   * Reads a key line leniently: type and blob, no check of the blob's content. For the API's
   * answers, which are compared, never refused.
   */
  static Optional<OpenSshPublicKey> read(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String[] parts = text.strip().split("\\s+", 3);
    if (parts.length < 2 || parts[0].isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new OpenSshPublicKey(parts[0], parts[1],
        parts.length == 3 ? parts[2] : ""));
  }

  /**
   * True when both lines hold the same key (type and blob); for lines that are not keys, when
   * they are equal but for surrounding whitespace.
   */
  static boolean sameKey(String a, String b) {
    if (a == null || b == null) {
      return Objects.equals(a, b);
    }
    Optional<OpenSshPublicKey> left = read(a);
    Optional<OpenSshPublicKey> right = read(b);
    if (left.isPresent() && right.isPresent()) {
      return left.get().normalized().equals(right.get().normalized());
    }
    return a.strip().equals(b.strip());
  }

  /**
   * What is wrong with {@code text} as a public key for the API, or empty when it is one: a
   * single line with a known type and a base64 blob that encodes that same type.
   */
  static Optional<String> problem(String text) {
    if (text.contains("PRIVATE KEY")) {
      return Optional.of("holds a private key. Give the public key instead (the `.pub` file,"
          + " for example `file(\"~/.ssh/id_ed25519.pub\")`), and keep the private key to"
          + " yourself");
    }
    if (text.isBlank()) {
      return Optional.of("is empty. Leave it out to have Canopy Wave generate a key pair, or"
          + " give an OpenSSH public key such as `ssh-ed25519 AAAA... you@example.com`");
    }
    if (text.strip().contains("\n")) {
      return Optional.of("holds more than one line; give exactly one OpenSSH public key");
    }
    Optional<OpenSshPublicKey> key = read(text);
    if (key.isEmpty() || !TYPES.contains(key.get().type())) {
      return Optional.of("is not an OpenSSH public key: it must look like `ssh-ed25519 AAAA..."
          + " comment`, starting with one of " + String.join(", ", TYPES.stream().sorted()
              .map(t -> "`" + t + "`").toList()));
    }
    if (!blobNames(key.get().blob(), key.get().type())) {
      return Optional.of("is not an OpenSSH public key: the part after `" + key.get().type()
          + "` must be the base64 key data of a " + key.get().type() + " key");
    }
    return Optional.empty();
  }

  /** Whether {@code blob} is base64 whose first field (length-prefixed) is {@code type}. */
  private static boolean blobNames(String blob, String type) {
    byte[] data;
    try {
      data = Base64.getDecoder().decode(blob);
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
    ByteBuffer buffer = ByteBuffer.wrap(data);
    if (buffer.remaining() < 4) {
      return false;
    }
    int length = buffer.getInt();
    if (length < 1 || length > buffer.remaining()) {
      return false;
    }
    byte[] name = new byte[length];
    buffer.get(name);
    return new String(name, StandardCharsets.US_ASCII).equals(type);
  }
}
