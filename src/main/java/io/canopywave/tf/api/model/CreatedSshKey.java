package io.canopywave.tf.api.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The answer of {@code POST /ssh-keys}: {@code {"privateKey", "publicKey"}} for a generated pair,
 * {@code {"name", "publicKey"}} for an imported key. Fields the answer lacks are null; the name
 * falls back to the one requested.
 *
 * @param privateKey the generated private key (PEM), or null for an imported key; never shown by
 *     {@link #toString}
 * @param fingerprint the fingerprint when the answer has one, or null (the list always has it)
 */
public record CreatedSshKey(String name, String publicKey, String privateKey, String fingerprint) {

  public static CreatedSshKey fromJson(JsonNode node, String requestedName) {
    JsonFields f = JsonFields.of(node, "created ssh key");
    String name = f.text("name");
    return new CreatedSshKey(
        name == null ? requestedName : name,
        f.text("publicKey", "public_key"),
        f.text("privateKey", "private_key"),
        f.text("fingerprint"));
  }

  @Override
  public String toString() {
    return "CreatedSshKey[name=" + name + ", publicKey=" + publicKey
        + ", privateKey=" + (privateKey == null ? "null" : "***")
        + ", fingerprint=" + fingerprint + "]";
  }
}
