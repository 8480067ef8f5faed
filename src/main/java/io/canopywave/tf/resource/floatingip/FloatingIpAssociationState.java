package io.canopywave.tf.resource.floatingip;

import static io.canopywave.tf.resource.floatingip.FloatingIpAssociationSchema.FLOATING_IP_ID;
import static io.canopywave.tf.resource.floatingip.FloatingIpAssociationSchema.ID;
import static io.canopywave.tf.resource.floatingip.FloatingIpAssociationSchema.INSTANCE_ID;

import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.resource.common.ScopedState;
import io.canopywave.tf.value.CtyValue;

/**
 * What the state of a {@code canopywave_floating_ip_association} records; its id is the
 * floating IP's.
 *
 * @param instanceId the associated instance's id, or null when the list names an instance the
 *     provider cannot resolve
 */
record FloatingIpAssociationState(String floatingIpId, String instanceId, Scope scope) {

  CtyValue.ObjectVal toValue(CtyValue timeouts) {
    return ScopedState.builder(FloatingIpAssociationSchema.SCHEMA, scope, timeouts)
        .set(ID, floatingIpId)
        .set(FLOATING_IP_ID, floatingIpId)
        .set(INSTANCE_ID, instanceId)
        .build();
  }
}
