package io.canopywave.tf.plugin;

/**
 * The {@code TF_REATTACH_PROVIDERS} value of debug mode: it tells OpenTofu and Terraform to use
 * an already running provider in plaintext instead of starting one. {@code "Test": true} makes
 * them leave the process running after each command.
 */
final class Reattach {
  static final String OPENTOFU_ADDRESS = "registry.opentofu.org/canopywave/canopywave";
  static final String TERRAFORM_ADDRESS = "registry.terraform.io/canopywave/canopywave";

  private Reattach() {}

  static String value(String hostAndPort, long pid) {
    String target =
        "{\"Protocol\":\"grpc\",\"ProtocolVersion\":"
            + LaunchEnvironment.PROTOCOL_VERSION
            + ",\"Pid\":"
            + pid
            + ",\"Test\":true,\"Addr\":{\"Network\":\"tcp\",\"String\":\""
            + hostAndPort
            + "\"}}";
    return "{\"" + OPENTOFU_ADDRESS + "\":" + target + ",\"" + TERRAFORM_ADDRESS + "\":" + target
        + "}";
  }

  /** What debug mode prints on stdout: the variable to set and how to stop the server. */
  static String instructions(String hostAndPort, long pid) {
    return """
        Provider started in debug mode, listening on %s (plaintext).
        To make OpenTofu or Terraform use it, set this variable where you run them:

        \tTF_REATTACH_PROVIDERS='%s'

        It keeps serving command after command until you press Ctrl-C or kill process %d.
        """
        .formatted(hostAndPort, value(hostAndPort, pid), pid);
  }
}
