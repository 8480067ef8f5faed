package io.canopywave.tf.datasource.sshkey;

import io.canopywave.tf.api.model.SshKey;
import io.canopywave.tf.datasource.common.ItemField;
import io.canopywave.tf.datasource.common.ItemList;
import io.canopywave.tf.datasource.common.ListSpec;
import java.util.List;

/** {@code canopywave_ssh_keys}: the SSH keys of a project and region. */
public final class SshKeysDataSource {
  public static final String TYPE_NAME = "canopywave_ssh_keys";

  static final ItemList<SshKey> ITEMS = ItemList.objects("ssh_keys",
      "The SSH keys of the project and region, in the order the API lists them.",
      List.of(
          ItemField.string("name", "The key's name, which is also its id.", SshKey::name),
          ItemField.string("fingerprint",
              "The MD5 fingerprint (`bd:37:...`), or null when the API shows none.",
              SshKey::fingerprint),
          ItemField.string("public_key", "The OpenSSH public key, or null.",
              SshKey::publicKey)));

  private SshKeysDataSource() {}

  public static ListSpec<SshKey> spec() {
    return ListSpec.inRegion(TYPE_NAME,
        "The SSH keys of a project and region, for example to check that a key exists before"
            + " an instance names it in `keypair`. Private keys are never listed.",
        "SSH keys", ITEMS, (client, scope, mode) -> client.sshKeys().list(scope, mode));
  }
}
