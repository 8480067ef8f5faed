package io.canopywave.tf.resource.sshkey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpenSshPublicKeyTest {
  /** The ed25519 key of the API reference's ssh key list. */
  static final String ED25519 =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMy/6SeyjtenrEyUDS4b7LBMCphEOPQu1tcnWGE7keZe";

  @Test
  void sameKey_otherCommentOrWhitespace_isTheSameKey() {
    assertThat(OpenSshPublicKey.sameKey(ED25519 + " alice@example.com\n",
        "  " + ED25519.replace(" ", "\t") + " bob@laptop")).isTrue();
    assertThat(OpenSshPublicKey.sameKey(ED25519, ED25519 + " comment")).isTrue();
  }

  @Test
  void sameKey_otherBlobOrType_isAnotherKey() {
    String otherBlob = ED25519.substring(0, ED25519.length() - 2) + "Zf";

    assertThat(OpenSshPublicKey.sameKey(ED25519, otherBlob)).isFalse();
    assertThat(OpenSshPublicKey.sameKey(ED25519, ED25519.replace("ssh-ed25519", "ssh-rsa")))
        .isFalse();
    assertThat(OpenSshPublicKey.sameKey(ED25519, null)).isFalse();
  }

  @Test
  void problem_realKeyWithComment_isNone() {
    assertThat(OpenSshPublicKey.problem(ED25519 + " alice@example.com\n")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "ssh-ed25519", "hello world", "ssh-ed25519 not*base64",
      // An ed25519 blob under another type name.
      "ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIMy/6SeyjtenrEyUDS4b7LBMCphEOPQu1tcnWGE7keZe",
      "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END"})
  void problem_notAPublicKey_isExplained(String text) {
    assertThat(OpenSshPublicKey.problem(text)).isPresent();
  }

  @Test
  void problem_privateKey_saysToGiveThePublicOne() {
    assertThat(OpenSshPublicKey.problem("-----BEGIN RSA PRIVATE KEY-----\nMIIE\n"))
        .hasValueSatisfying(p -> assertThat(p).contains("private key", ".pub"));
  }

  @Test
  void problem_twoKeys_isRefused() {
    assertThat(OpenSshPublicKey.problem(ED25519 + "\n" + ED25519))
        .hasValueSatisfying(p -> assertThat(p).contains("more than one line"));
  }
}
