package io.canopywave.tf.resource.volume;

import io.canopywave.tf.api.CanopyWaveClient;
import io.canopywave.tf.api.VolumesApi;
import io.canopywave.tf.api.model.NewVolume;
import io.canopywave.tf.api.model.Volume;
import io.canopywave.tf.resource.common.ConnectionSource;
import io.canopywave.tf.resource.common.ListedKind;
import io.canopywave.tf.resource.common.ListedResource;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.value.CtyValue;

/**
 * {@code canopywave_volume}: a block storage volume, created once (adopted by name after an
 * uncertain answer), read from the volume list, deleted tolerating "already gone" and
 * retrying "in use", imported by scoped id.
 */
public final class VolumeResource extends ListedResource<VolumesApi, Volume> {
  private static final ListedKind<VolumesApi, Volume> KIND = new ListedKind<>("volume", "id",
      "c585949f-f88e-4515-b60e-6e6a6ff0da89", CanopyWaveClient::volumes, VolumesApi::list,
      VolumesApi::delete, Volume::id, Volume::name, Volume::status);

  public VolumeResource(ConnectionSource connections) {
    super(VolumeSchema.TYPE_NAME, VolumeSchema.SCHEMA, KIND, connections,
        VolumeSchema.CREATE_TIMEOUT, VolumeSchema.DELETE_TIMEOUT);
  }

  @Override
  public CtyValue create(CtyValue planned, CtyValue config, Operation op) {
    VolumeModel wanted = VolumeModel.of(planned, null, null);
    return createAnsweringId(planned, wanted.name(),
        api -> api.create(new NewVolume(wanted.scope(), wanted.name(), wanted.type(),
            wanted.sizeGb())),
        id -> VolumeModel.of(planned, id, null).toState(planned), op);
  }

  @Override
  protected CtyValue stateOf(Volume listed, CtyValue known) {
    return VolumeModel.fromApi(listed, known).toState(known);
  }
}
