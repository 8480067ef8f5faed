package io.canopywave.tf.api;

/**
 * The User-Agent header: the provider's product token, then the Terraform/OpenTofu client's
 * name and version once ConfigureProvider has told them.
 */
public final class UserAgent {
  /** Where a reader of the API's access logs can learn what this client is. */
  public static final String PROJECT_URL =
      "https://github.com/canopywave/terraform-provider-canopywave";

  private final String product;
  private volatile String value;

  public UserAgent(String product) {
    this.product = headerSafe(product);
    this.value = this.product;
  }

  /** {@code terraform-provider-canopywave/<version> (+<project url>)}. */
  public static String productFor(String providerVersion) {
    return "terraform-provider-canopywave/" + providerVersion + " (+" + PROJECT_URL + ")";
  }

  /** Appends {@code name/version} of the client that runs the provider, e.g. OpenTofu/1.11.2. */
  public void setClient(String name, String version) {
    String client = headerSafe(name) + "/" + headerSafe(version);
    value = product + " " + client;
  }

  public String value() {
    return value;
  }

  /** HTTP header values must be printable ASCII; anything else becomes {@code ?}. */
  private static String headerSafe(String text) {
    if (text == null || text.isBlank()) {
      return "unknown";
    }
    StringBuilder safe = new StringBuilder(text.length());
    text.strip().chars().forEach(c -> safe.append(c >= 0x20 && c < 0x7f ? (char) c : '?'));
    return safe.toString();
  }
}
