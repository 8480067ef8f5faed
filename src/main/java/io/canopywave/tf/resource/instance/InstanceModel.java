package io.canopywave.tf.resource.instance;

import static io.canopywave.tf.resource.instance.InstanceSchema.CREATED_AT;
import static io.canopywave.tf.resource.instance.InstanceSchema.FLAVOR;
import static io.canopywave.tf.resource.instance.InstanceSchema.FLAVOR_NAME;
import static io.canopywave.tf.resource.instance.InstanceSchema.ID;
import static io.canopywave.tf.resource.instance.InstanceSchema.IMAGE;
import static io.canopywave.tf.resource.instance.InstanceSchema.IS_MONITORING;
import static io.canopywave.tf.resource.instance.InstanceSchema.KEYPAIR;
import static io.canopywave.tf.resource.instance.InstanceSchema.LAUNCHED_AT;
import static io.canopywave.tf.resource.instance.InstanceSchema.NAME;
import static io.canopywave.tf.resource.instance.InstanceSchema.PRIVATE_IPS;
import static io.canopywave.tf.resource.instance.InstanceSchema.PUBLIC_IP;
import static io.canopywave.tf.resource.instance.InstanceSchema.STATUS;

import io.canopywave.tf.api.model.InstanceAddress;
import io.canopywave.tf.api.model.InstanceDetail;
import io.canopywave.tf.api.model.InstanceSummary;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import io.canopywave.tf.value.ObjectReader;
import java.util.List;

/**
 * What the API says about one instance, in the state's terms.
 *
 * @param flavor the flavor code, mapped from what the API shows (see
 *     {@link InstanceCatalogue#flavorCode})
 * @param image the image name when the API names it, else null (the state then keeps its own)
 * @param publicIp the floating address from the detail, else the list's {@code publicIp}
 * @param launchedAt from the detail, else from the list
 */
public record InstanceModel(
    String id,
    String name,
    String flavor,
    String flavorName,
    String image,
    String keypair,
    boolean monitoring,
    InstanceStatus status,
    String publicIp,
    List<String> privateIps,
    String launchedAt,
    String createdAt) {

  /** The security group the API adds to instances launched with {@code is_monitoring}. */
  static final String MONITORING_GROUP = "monitoring";

  public InstanceModel {
    privateIps = List.copyOf(privateIps);
  }

  /**
   * Maps the detail and, when the list shows the instance, its list entry.
   *
   * @param summary the list entry, or null
   * @param prior the state the instance had (or the plan, during create), for the values the
   *     API cannot tell apart or does not report
   */
  public static InstanceModel fromApi(InstanceDetail detail, InstanceSummary summary,
      InstanceCatalogue catalogue, CtyValue prior) {
    ObjectReader before = ObjectReader.of(prior);
    String priorFlavor = known(before, FLAVOR);
    String displayName = summary == null ? null : summary.flavorName();
    String flavor = catalogue.flavorCode(detail.flavorId(), displayName, priorFlavor);
    String catalogued = catalogue.displayName(flavor);
    String flavorName = displayName != null ? displayName
        : catalogued != null ? catalogued : known(before, FLAVOR_NAME);
    String publicIp = detail.floatingAddress() != null ? detail.floatingAddress()
        : summary == null ? null : summary.publicIp();
    List<String> privateIps = detail.addresses().values().stream()
        .flatMap(List::stream)
        .filter(address -> !address.isFloating())
        .map(InstanceAddress::address)
        .toList();
    String launchedAt = detail.launchedAt() != null ? detail.launchedAt()
        : summary == null ? null : summary.launchedAt();
    return new InstanceModel(
        detail.id(),
        detail.name() != null ? detail.name() : summary == null ? null : summary.name(),
        flavor,
        flavorName,
        catalogue.imageName(detail.imageId()),
        detail.keyName(),
        detail.securityGroups().contains(MONITORING_GROUP),
        InstanceStatus.of(detail.status() != null ? detail.status()
            : summary == null ? null : summary.status()),
        publicIp,
        privateIps,
        launchedAt,
        detail.created());
  }

  /**
   * {@code base} (the prior state on refresh, the plan on create) with everything the API
   * reports replaced by what it reported. Arguments it cannot report keep their values: the
   * image (unless named), passwords, {@code restart_triggers}, {@code timeouts}, the scope.
   */
  public CtyValue.ObjectVal toState(CtyValue base) {
    CtyValue.ObjectVal state = ObjectReader.of(base).object()
        .with(ID, CtyValue.string(id))
        .with(FLAVOR, CtyValue.stringOrNull(flavor))
        .with(FLAVOR_NAME, CtyValue.stringOrNull(flavorName))
        .with(KEYPAIR, CtyValue.stringOrNull(keypair))
        .with(IS_MONITORING, CtyValue.bool(monitoring))
        .with(STATUS, CtyValue.string(status.stateValue()))
        .with(PUBLIC_IP, CtyValue.stringOrNull(publicIp))
        .with(PRIVATE_IPS, CtyValue.list(CtyType.STRING,
            privateIps.stream().map(CtyValue::string).toList()))
        .with(LAUNCHED_AT, CtyValue.stringOrNull(launchedAt))
        .with(CREATED_AT, CtyValue.stringOrNull(createdAt));
    if (name != null) {
      state = state.with(NAME, CtyValue.string(name));
    }
    if (image != null) {
      state = state.with(IMAGE, CtyValue.string(image));
    }
    return state;
  }

  private static String known(ObjectReader reader, String name) {
    return reader.isKnown(name) ? reader.string(name) : null;
  }
}
