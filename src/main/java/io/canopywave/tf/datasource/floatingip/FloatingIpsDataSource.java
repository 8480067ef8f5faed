package io.canopywave.tf.datasource.floatingip;

import io.canopywave.tf.api.model.PublicIp;
import io.canopywave.tf.datasource.common.ItemField;
import io.canopywave.tf.datasource.common.ItemList;
import io.canopywave.tf.datasource.common.ListSpec;
import java.util.List;

/** {@code canopywave_floating_ips}: the public IP addresses of a project and region. */
public final class FloatingIpsDataSource {
  public static final String TYPE_NAME = "canopywave_floating_ips";

  static final ItemList<PublicIp> ITEMS = ItemList.objects("floating_ips",
      "The allocated public IP addresses of the project and region, in the order the API"
          + " lists them.",
      List.of(
          ItemField.string("id", "The id of the allocation.", PublicIp::id),
          ItemField.string("address", "The IP address.", PublicIp::ip),
          ItemField.string("server", "The name (not the id) of the instance the address is"
              + " associated with, or null when it is free.", PublicIp::server),
          ItemField.string("status", "`ACTIVE` while associated, `DOWN` while free, as the"
              + " API writes it.", PublicIp::status)));

  private FloatingIpsDataSource() {}

  public static ListSpec<PublicIp> spec() {
    return ListSpec.inRegion(TYPE_NAME,
        "The public (floating) IP addresses allocated in a project and region, associated or"
            + " not.",
        "public IP addresses", ITEMS,
        (client, scope, mode) -> client.publicIps().list(scope, mode));
  }
}
