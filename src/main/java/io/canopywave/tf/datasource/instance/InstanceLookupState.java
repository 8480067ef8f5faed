package io.canopywave.tf.datasource.instance;

import static io.canopywave.tf.datasource.instance.InstanceLookupSchema.ADDRESS;

import io.canopywave.tf.api.model.InstanceAddress;
import io.canopywave.tf.api.model.InstanceDetail;
import io.canopywave.tf.api.model.InstanceSummary;
import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.resource.common.ScopeAttributes;
import io.canopywave.tf.resource.instance.InstanceStatus;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import io.canopywave.tf.value.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of the {@code canopywave_instance} data source: the instance's detail document,
 * completed by its list entry (which alone names the instance type and may show the public IP
 * first).
 */
final class InstanceLookupState {
  private InstanceLookupState() {}

  /**
   * @param summary the instance's list entry, or null when the list does not show it
   * @param flavor the flavor code of the entry's display name, or null
   */
  static CtyValue.ObjectVal of(CtyValue.ObjectVal config, Scope scope, InstanceDetail detail,
      InstanceSummary summary, String flavor) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put(InstanceLookupSchema.ID, detail.id());
    values.put(InstanceLookupSchema.NAME, detail.name() != null ? detail.name()
        : summary == null ? null : summary.name());
    values.put(ScopeAttributes.PROJECT, scope.project());
    values.put(ScopeAttributes.REGION, scope.region());
    values.put(InstanceLookupSchema.STATUS, InstanceStatus.of(detail.status() != null
        ? detail.status() : summary == null ? null : summary.status()).stateValue());
    values.put(InstanceLookupSchema.FLAVOR, flavor);
    values.put(InstanceLookupSchema.FLAVOR_NAME, summary == null ? null : summary.flavorName());
    values.put(InstanceLookupSchema.IMAGE_ID, detail.imageId());
    values.put(InstanceLookupSchema.KEY_NAME, detail.keyName());
    values.put(InstanceLookupSchema.PUBLIC_IP, detail.floatingAddress() != null
        ? detail.floatingAddress() : summary == null ? null : summary.publicIp());
    values.put(InstanceLookupSchema.PRIVATE_IPS, detail.addresses().values().stream()
        .flatMap(List::stream)
        .filter(address -> !address.isFloating())
        .map(InstanceAddress::address)
        .toList());
    values.put(InstanceLookupSchema.ADDRESSES, addresses(detail));
    values.put(InstanceLookupSchema.SECURITY_GROUPS, detail.securityGroups());
    values.put(InstanceLookupSchema.ATTACHED_VOLUME_IDS, detail.attachedVolumeIds());
    values.put(InstanceLookupSchema.METADATA, detail.metadata());
    values.put(InstanceLookupSchema.AVAILABILITY_ZONE, detail.availabilityZone());
    values.put(InstanceLookupSchema.VM_STATE, detail.vmState());
    values.put(InstanceLookupSchema.TASK_STATE, detail.taskState());
    values.put(InstanceLookupSchema.POWER_STATE, detail.powerState());
    values.put(InstanceLookupSchema.LAUNCHED_AT, detail.launchedAt() != null
        ? detail.launchedAt() : summary == null ? null : summary.launchedAt());
    values.put(InstanceLookupSchema.CREATED_AT, detail.created());
    values.put(InstanceLookupSchema.UPDATED_AT, text(detail.raw().get("updated")));
    values.put(InstanceLookupSchema.ROLE, summary == null ? null : summary.role());
    values.put(InstanceLookupSchema.PAYMENT_MODE,
        summary == null ? null : summary.paymentMode());
    CtyValue.ObjectVal state = config;
    for (Map.Entry<String, Object> entry : values.entrySet()) {
      CtyType type = config.type().attribute(entry.getKey());
      state = state.with(entry.getKey(), Values.of(entry.getValue(), type));
    }
    return state;
  }

  private static List<CtyValue> addresses(InstanceDetail detail) {
    List<CtyValue> addresses = new ArrayList<>();
    detail.addresses().forEach((network, onNetwork) -> {
      for (InstanceAddress address : onNetwork) {
        addresses.add(Values.objectBuilder(ADDRESS)
            .set("network", network)
            .set("address", address.address())
            .set("version", address.version())
            .set("type", address.type())
            .set("mac_address", address.macAddress())
            .build());
      }
    });
    return addresses;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
