package io.canopywave.tf.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Our objects: `canopywave_ssh_key` against the simulator, each importing its own public key.
 * The keys are ed25519 public keys made from the index, so each count gives distinct objects.
 *
 * @param apiUrl the simulator's API base URL (loopback)
 * @param apiKey the key the simulator accepts
 * @param requestsPerSecond the provider's client-side rate limit for this run
 */
record SshKeyObjects(String apiUrl, String apiKey, int requestsPerSecond)
    implements ObjectWorkload {

  static final String RESOURCE_TYPE = "canopywave_ssh_key";
  static final String PROJECT = "alice@example.com";
  static final String REGION = "sequoia";
  private static final String KEY_TYPE = "ssh-ed25519";
  private static final int ED25519_KEY_BYTES = 32;

  @Override
  public String label() {
    return "ours";
  }

  @Override
  public String module(int count) {
    var keys = new StringBuilder();
    for (int index = 0; index < count; index++) {
      keys.append("    \"").append(publicKey(index)).append("\",\n");
    }
    return """
        terraform {
          required_providers {
            canopywave = { source = "canopywave/canopywave" }
          }
        }

        provider "canopywave" {
          api_url             = "%s"
          api_key             = "%s"
          project             = "%s"
          region              = "%s"
          requests_per_second = %d
        }

        locals {
          public_keys = [
        %s  ]
        }

        resource "%s" "item" {
          count      = %d
          name       = "bench-${count.index}"
          public_key = local.public_keys[count.index]
        }
        """
        .formatted(
            apiUrl, apiKey, PROJECT, REGION, requestsPerSecond, keys, RESOURCE_TYPE, count);
  }

  /** An OpenSSH public key line whose key bytes spell out INDEX. */
  static String publicKey(int index) {
    byte[] type = KEY_TYPE.getBytes(StandardCharsets.US_ASCII);
    ByteBuffer blob = ByteBuffer.allocate(4 + type.length + 4 + ED25519_KEY_BYTES);
    blob.putInt(type.length).put(type).putInt(ED25519_KEY_BYTES);
    int keyStart = blob.position();
    blob.putInt(keyStart + ED25519_KEY_BYTES - Integer.BYTES, index);
    return KEY_TYPE + " " + Base64.getEncoder().encodeToString(blob.array()) + " bench-" + index;
  }
}
