package io.canopywave.tf.api.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One entry of {@code GET /ssh-keys}, which wraps each key as {@code {"keypair": {...}}} (a bare
 * key object is accepted too).
 *
 * @param name the key's name, which is also its id
 * @param fingerprint the MD5 fingerprint ({@code bd:37:...}), or null
 * @param publicKey the OpenSSH public key, or null
 */
public record SshKey(String name, String fingerprint, String publicKey) {

  public static SshKey fromJson(JsonNode node) {
    JsonFields outer = JsonFields.of(node, "ssh key");
    JsonNode inner = outer.node("keypair");
    JsonFields f = inner == null ? outer : JsonFields.of(inner, "ssh key");
    return new SshKey(
        f.requiredText("name"), f.text("fingerprint"), f.text("public_key", "publicKey"));
  }
}
