package io.canopywave.tf.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Map;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SshKeyEndpointsTest {
  @RegisterExtension static final SimulatorExtension SIM = new SimulatorExtension();

  /** The fingerprint the reference lists for its example key. */
  private static final String REFERENCE_KEY = Cloud.REFERENCE_KEY;
  private static final String REFERENCE_FINGERPRINT =
      "bd:37:33:4d:8a:77:54:d3:f8:07:51:26:e2:9d:e7:db";

  /** An RSA key made with ssh-keygen; {@code ssh-keygen -l -E md5} printed the fingerprint. */
  private static final String RSA_KEY =
      "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQD83oZelsUTTGyi7oBC/BgYh2mtldUPdzuKDCW2afoS"
          + "ogETB9hXj9CmzwR6K5q5JQgoOZMGcaw5dYR/he8qmPQ2/tvOB6z2vvhL4INaw+KJkLqybk9atSsmRo2O"
          + "4XexvT1izP2d90PNUsx+UfBRtODBV6TrN7cuKeS+zIAt9OA8GHmty7u35R3RX8qnAaZYg2lUU2NrbiWb"
          + "aypEu09SY9adcyvbUcRqn2y/V+IwH5BrAV+c4yD3kBIxcUAGRJVvtK8/lnC/z8qEJ3in7STPDNpPIyQ/"
          + "N3m1qSNX/F1SUR9MjXOOmXZQXQgJGUJ8S3L7XC51Hgo9SJaIA4zZwZSSKTpf";
  private static final String RSA_FINGERPRINT = "61:e6:63:49:fa:ac:13:b7:d3:35:bb:a8:a6:57:db:c6";

  private final ApiClient api = SIM.api();
  private final Cloud cloud = SIM.cloud();

  @Test
  void add_withPublicKey_importsItAndListsTheOpenSshMd5Fingerprint() {
    var reply = cloud.addKey("bob-key-1", REFERENCE_KEY);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.dataMap()).containsEntry("name", "bob-key-1")
        .containsEntry("publicKey", REFERENCE_KEY).doesNotContainKey("privateKey");
    var list = api.get("/ssh-keys" + Cloud.SCOPE);
    assertThat(JsonShapes.differences(JsonShapes.reference("ssh-keys"), list.json())).isEmpty();
    var keypair = (Map<?, ?>) list.dataList().getFirst().get("keypair");
    assertThat(keypair.get("fingerprint")).isEqualTo(REFERENCE_FINGERPRINT);
    assertThat(keypair.get("name")).isEqualTo("bob-key-1");
    assertThat(keypair.get("public_key")).isEqualTo(REFERENCE_KEY);
  }

  @Test
  void add_rsaPublicKey_getsTheFingerprintSshKeygenPrints() {
    cloud.addKey("rsa", RSA_KEY);

    var keypair = (Map<?, ?>) api.get("/ssh-keys" + Cloud.SCOPE).dataList().getFirst()
        .get("keypair");

    assertThat(keypair.get("fingerprint")).isEqualTo(RSA_FINGERPRINT);
  }

  @Test
  void add_withoutPublicKey_generatesARealRsaPairInTheReferenceShape() throws Exception {
    var reply = cloud.addKey("generated", null);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(JsonShapes.differences(JsonShapes.reference("ssh-key-generated"), reply.json()))
        .isEmpty();
    String pem = (String) reply.dataMap().get("privateKey");
    String publicKey = (String) reply.dataMap().get("publicKey");
    assertThat(pem).startsWith("-----BEGIN RSA PRIVATE KEY-----\n")
        .endsWith("\n-----END RSA PRIVATE KEY-----\n");
    assertThat(publicKey).startsWith("ssh-rsa AAAAB3NzaC1yc2E");

    byte[] message = "proof of possession".getBytes(StandardCharsets.UTF_8);
    var signer = Signature.getInstance("SHA256withRSA");
    signer.initSign(KeyFactory.getInstance("RSA").generatePrivate(pkcs1(pem)));
    signer.update(message);
    byte[] signature = signer.sign();
    var verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(KeyFactory.getInstance("RSA").generatePublic(openSshRsa(publicKey)));
    verifier.update(message);
    assertThat(verifier.verify(signature)).isTrue();
  }

  @Test
  void add_withoutPublicKey_twice_givesDifferentPairsAndListsTheGeneratedPublicKey() {
    var first = cloud.addKey("gen-1", null).dataMap();
    var second = cloud.addKey("gen-2", null).dataMap();

    assertThat(first.get("publicKey")).isNotEqualTo(second.get("publicKey"));
    var listed = api.get("/ssh-keys" + Cloud.SCOPE).dataList();
    assertThat(listed).extracting(entry -> Cloud.map(entry.get("keypair")).get("public_key"))
        .containsExactly(first.get("publicKey"), second.get("publicKey"));
  }

  @Test
  void add_duplicateName_answers409AlreadyExists() {
    cloud.addKey("same", REFERENCE_KEY);

    var again = cloud.addKey("same", RSA_KEY);
    var generated = cloud.addKey("same", null);

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.error()).contains("already exists");
    assertThat(generated.status()).isEqualTo(409);
  }

  @Test
  void add_sameNameInOtherRegion_isAllowed() {
    cloud.addKey("shared", REFERENCE_KEY);
    var body = Cloud.scoped(Map.of("name", "shared", "publicKey", RSA_KEY));
    body.put("region", "redwood");

    assertThat(api.post("/ssh-keys", body).status()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "not a key",
    "ssh-rsa",
    "ssh-foo AAAAB3NzaC1yc2EAAAADAQABAAABAQD83oZe",
    "ssh-rsa !!!notbase64!!!",
    "ssh-ed25519 AAAAB3NzaC1yc2EAAAADAQABAAABAQD83oZe",
  })
  void add_malformedPublicKey_isRefusedWith400(String publicKey) {
    var reply = cloud.addKey("broken", publicKey);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.error()).startsWith("publicKey is not an OpenSSH public key");
    assertThat(SIM.control().objects("ssh-keys")).isEmpty();
  }

  @Test
  void add_missingName_isRefused() {
    var reply = api.post("/ssh-keys", Cloud.scoped(Map.of("publicKey", REFERENCE_KEY)));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.error()).isEqualTo("name is required");
  }

  @Test
  void delete_byName_answersTheReferenceShapeAndRemovesTheKey() {
    cloud.addKey("ddrgdfg", REFERENCE_KEY);

    var reply = api.delete("/ssh-keys/ddrgdfg" + Cloud.SCOPE);

    assertThat(JsonShapes.differences(JsonShapes.reference("ssh-key-delete"), reply.json()))
        .isEmpty();
    assertThat(reply.dataMap()).containsEntry("name", "ddrgdfg");
    assertThat(api.get("/ssh-keys" + Cloud.SCOPE).dataList()).isEmpty();
  }

  @Test
  void delete_unknownName_answers404NotFound() {
    var reply = api.delete("/ssh-keys/nobody" + Cloud.SCOPE);

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.error()).isEqualTo("ssh key nobody not found");
  }

  @Test
  void list_withoutProject_isRefused() {
    var reply = api.get("/ssh-keys?region=sequoia");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.error()).isEqualTo("project is required");
  }

  private static RSAPrivateCrtKeySpec pkcs1(String pem) {
    String base64 = pem.replace("-----BEGIN RSA PRIVATE KEY-----", "")
        .replace("-----END RSA PRIVATE KEY-----", "").replaceAll("\\s", "");
    var key = RSAPrivateKey.getInstance(Base64.getDecoder().decode(base64));
    return new RSAPrivateCrtKeySpec(key.getModulus(), key.getPublicExponent(),
        key.getPrivateExponent(), key.getPrime1(), key.getPrime2(), key.getExponent1(),
        key.getExponent2(), key.getCoefficient());
  }

  /** Parses {@code ssh-rsa <base64(string type, mpint e, mpint n)>} independently. */
  private static RSAPublicKeySpec openSshRsa(String line) {
    var blob = ByteBuffer.wrap(Base64.getDecoder().decode(line.split(" ")[1]));
    byte[][] fields = new byte[3][];
    for (int i = 0; i < fields.length; i++) {
      fields[i] = new byte[blob.getInt()];
      blob.get(fields[i]);
    }
    assertThat(new String(fields[0], StandardCharsets.US_ASCII)).isEqualTo("ssh-rsa");
    assertThat(blob.remaining()).isZero();
    return new RSAPublicKeySpec(new BigInteger(fields[2]), new BigInteger(fields[1]));
  }
}
