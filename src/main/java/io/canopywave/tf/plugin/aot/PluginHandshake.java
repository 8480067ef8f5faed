package io.canopywave.tf.plugin.aot;

import java.util.Base64;

/**
 * The one line a go-plugin server prints on stdout: core version, app protocol version, network
 * (`tcp` or `unix`), address, protocol and, under mTLS, its certificate as unpadded base64 DER.
 */
public record PluginHandshake(
    int protocolVersion, String network, String address, byte[] serverCertificate) {

  public static PluginHandshake parse(String line) {
    String[] fields = line.trim().split("\\|", -1);
    if (fields.length < 6 || !fields[0].equals("1") || !fields[4].equals("grpc")) {
      throw new IllegalStateException("not a go-plugin handshake line: " + line);
    }
    if (!fields[2].equals("tcp") && !fields[2].equals("unix")) {
      throw new IllegalStateException("unknown network in the handshake: " + fields[2]);
    }
    return new PluginHandshake(
        Integer.parseInt(fields[1]), fields[2], fields[3], Base64.getDecoder().decode(fields[5]));
  }

  public boolean unixSocket() {
    return network.equals("unix");
  }

  public String host() {
    return address.substring(0, address.lastIndexOf(':'));
  }

  public int port() {
    return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
  }
}
