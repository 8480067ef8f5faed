package io.canopywave.tf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SshKeyObjectsTest {

  @Test
  void publicKey_anyIndex_wellFormedEd25519Blob() {
    String[] parts = SshKeyObjects.publicKey(499).split(" ");
    ByteBuffer blob = ByteBuffer.wrap(Base64.getDecoder().decode(parts[1]));

    byte[] type = new byte[blob.getInt()];
    blob.get(type);
    int keyLength = blob.getInt();

    assertThat(parts[0]).isEqualTo("ssh-ed25519");
    assertThat(new String(type, StandardCharsets.US_ASCII)).isEqualTo("ssh-ed25519");
    assertThat(keyLength).isEqualTo(32);
    assertThat(blob.remaining()).isEqualTo(32);
    assertThat(parts[2]).isEqualTo("bench-499");
  }

  @Test
  void publicKey_differentIndexes_differentKeys() {
    Set<String> keys = new HashSet<>();
    for (int index = 0; index < 500; index++) {
      keys.add(SshKeyObjects.publicKey(index).split(" ")[1]);
    }

    assertThat(keys).hasSize(500);
  }

  @Test
  void module_count_declaresThatManyKeysAgainstTheGivenEndpoint() {
    String module = new SshKeyObjects("http://127.0.0.1:9/api/v1", "k", 50).module(3);

    assertThat(module).contains("api_url             = \"http://127.0.0.1:9/api/v1\"");
    assertThat(module).contains("count      = 3");
    assertThat(module.lines().filter(line -> line.contains("ssh-ed25519"))).hasSize(3);
  }
}
