package io.canopywave.tf.resource.volume;

import io.canopywave.tf.api.CanopyWaveClient;
import io.canopywave.tf.api.VolumesApi;
import io.canopywave.tf.api.model.NewVolume;
import io.canopywave.tf.api.model.Volume;
import io.canopywave.tf.resource.common.ConnectionSource;
import io.canopywave.tf.resource.common.ListedKind;
import io.canopywave.tf.resource.common.ListedLifecycle;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.spi.ImportableResource;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.spi.PlanModifyingResource;
import io.canopywave.tf.value.CtyValue;
import java.util.Set;

/**
 * {@code canopywave_volume}: a block storage volume, created once (adopted by name after an
 * uncertain answer), read from the volume list, deleted tolerating "already gone" and
 * retrying "in use", imported by scoped id.
 */
public final class VolumeResource implements ImportableResource, PlanModifyingResource {
  private static final ListedKind<VolumesApi, Volume> KIND = new ListedKind<>("volume", "id",
      "c585949f-f88e-4515-b60e-6e6a6ff0da89", CanopyWaveClient::volumes, VolumesApi::list,
      VolumesApi::delete, Volume::id, Volume::name, Volume::status);

  private final ListedLifecycle<VolumesApi, Volume> lifecycle;

  public VolumeResource(ConnectionSource connections) {
    this.lifecycle = new ListedLifecycle<>(KIND, VolumeSchema.SCHEMA, connections,
        VolumeSchema.CREATE_TIMEOUT, VolumeSchema.DELETE_TIMEOUT);
  }

  @Override
  public String typeName() {
    return VolumeSchema.TYPE_NAME;
  }

  @Override
  public Schema schema() {
    return VolumeSchema.SCHEMA;
  }

  @Override
  public CtyValue modifyPlan(CtyValue prior, CtyValue config, CtyValue planned,
      Set<AttributePath> requiresReplace, Operation op) {
    return lifecycle.planScope(config, planned, op);
  }

  @Override
  public CtyValue create(CtyValue planned, CtyValue config, Operation op) {
    VolumeModel wanted = VolumeModel.of(planned, null, null);
    var create = ListedLifecycle.Create.<VolumesApi, Volume>answeringId(wanted.name(),
        api -> api.create(new NewVolume(wanted.scope(), wanted.name(), wanted.type(),
            wanted.sizeGb())),
        Volume::id,
        id -> VolumeModel.of(planned, id, null).toState(planned),
        listed -> VolumeModel.fromApi(listed, planned).toState(planned));
    return lifecycle.create(planned, create, op);
  }

  @Override
  public CtyValue read(CtyValue current, Operation op) {
    return lifecycle.read(current,
        listed -> VolumeModel.fromApi(listed, current).toState(current), op);
  }

  @Override
  public CtyValue update(CtyValue prior, CtyValue planned, CtyValue config, Operation op) {
    // Every argument is force-new: only a change of `timeouts` gets here, and it is stored.
    return planned;
  }

  @Override
  public void delete(CtyValue prior, Operation op) {
    lifecycle.delete(prior, op);
  }

  @Override
  public CtyValue importState(String id, Operation op) {
    return lifecycle.importState(id, op);
  }
}
