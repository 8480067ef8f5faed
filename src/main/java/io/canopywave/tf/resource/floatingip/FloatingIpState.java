package io.canopywave.tf.resource.floatingip;

import static io.canopywave.tf.resource.floatingip.FloatingIpSchema.ADDRESS;
import static io.canopywave.tf.resource.floatingip.FloatingIpSchema.ID;
import static io.canopywave.tf.resource.floatingip.FloatingIpSchema.INSTANCE_ID;
import static io.canopywave.tf.resource.floatingip.FloatingIpSchema.INSTANCE_NAME;
import static io.canopywave.tf.resource.floatingip.FloatingIpSchema.STATUS;

import io.canopywave.tf.api.model.PublicIp;
import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.resource.common.ScopedState;
import io.canopywave.tf.value.CtyValue;

/**
 * What the state of a {@code canopywave_floating_ip} records. Values not known yet (a partial
 * state after a failed create) are null.
 *
 * @param instanceId the associated instance's id as the provider resolved it, or null
 * @param instanceName the associated instance's name as the IP list shows it, or null
 */
record FloatingIpState(String id, String address, String status, String instanceId,
    String instanceName, Scope scope) {

  /** The state of an IP as the list shows it, with the instance id resolved by the caller. */
  static FloatingIpState fromApi(PublicIp ip, Scope scope, String instanceId) {
    return new FloatingIpState(ip.id(), ip.ip(), ip.status(), instanceId, ip.server(), scope);
  }

  /** Just allocated: only the id and address are known. */
  static FloatingIpState allocated(String id, String address, Scope scope) {
    return new FloatingIpState(id, address, null, null, null, scope);
  }

  /** The same, with an address the list knew when this state did not. */
  FloatingIpState withAddressFallback(String fallback) {
    return address != null ? this
        : new FloatingIpState(id, fallback, status, instanceId, instanceName, scope);
  }

  /** The state value; {@code timeouts} is the block's value from the plan or prior state. */
  CtyValue.ObjectVal toValue(CtyValue timeouts) {
    return ScopedState.builder(FloatingIpSchema.SCHEMA, scope, timeouts)
        .set(ID, id)
        .set(ADDRESS, address)
        .set(STATUS, status)
        .set(INSTANCE_ID, instanceId)
        .set(INSTANCE_NAME, instanceName)
        .build();
  }
}
