package io.canopywave.tf.resource.sshkey;

import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Diagnostics;
import io.canopywave.tf.schema.Validator;
import io.canopywave.tf.value.CtyValue;

/** Refuses configured public keys that are not one OpenSSH public key line. */
final class PublicKeyValidator implements Validator {

  @Override
  public void validate(CtyValue value, AttributePath path, Diagnostics diagnostics) {
    if (!(value instanceof CtyValue.Str(String text))) {
      throw new IllegalArgumentException(path + ": a string validator got a " + value.type());
    }
    OpenSshPublicKey.problem(text).ifPresent(problem ->
        diagnostics.error(path, "Invalid public key", "`" + path + "` " + problem + "."));
  }

  @Override
  public String description() {
    return "One OpenSSH public key line, such as the content of a `.pub` file.";
  }
}
