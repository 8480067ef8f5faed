package io.canopywave.tf.resource.volume;

import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.api.model.Volume;
import io.canopywave.tf.resource.common.ScopeAttributes;
import io.canopywave.tf.resource.common.ScopedState;
import io.canopywave.tf.value.CtyValue;
import io.canopywave.tf.value.ObjectReader;

/**
 * A volume as the state holds it.
 *
 * @param sizeGb the size in GB, or null when unknown (an answer without it)
 * @param status the API's status, or null before the API has shown the volume
 */
record VolumeModel(String id, String name, Long sizeGb, String type, String status,
    Scope scope) {

  /** What a plan or state says; {@code id} is the create's answer or the state's id. */
  static VolumeModel of(CtyValue value, String id, String status) {
    ObjectReader reader = ObjectReader.of(value);
    return new VolumeModel(id, reader.string(VolumeSchema.NAME),
        reader.longValue(VolumeSchema.SIZE), reader.string(VolumeSchema.TYPE), status,
        ScopeAttributes.of(value));
  }

  /**
   * The volume as the API lists it, in the scope of {@code known} (the prior state or the
   * plan). Fields the answer lacks keep what {@code known} holds, so that a terse answer is not
   * mistaken for drift.
   */
  // Limitation: an imported volume whose list entry has no `type` gets a null type, so a
  // configuration that leaves `type` out plans a replacement to reach the default; the shape
  // the provider knows always carries the type.
  static VolumeModel fromApi(Volume listed, CtyValue known) {
    ObjectReader before = ObjectReader.of(known);
    return new VolumeModel(listed.id(),
        listed.name() != null ? listed.name() : before.string(VolumeSchema.NAME),
        listed.sizeGb() != null ? listed.sizeGb() : before.longValue(VolumeSchema.SIZE),
        listed.type() != null ? listed.type() : before.string(VolumeSchema.TYPE),
        listed.status(), ScopeAttributes.of(known));
  }

  /** The state; the {@code timeouts} block comes from {@code source} (plan or prior state). */
  CtyValue.ObjectVal toState(CtyValue source) {
    return ScopedState.builder(VolumeSchema.SCHEMA, scope, ScopedState.timeoutsOf(source))
        .set(VolumeSchema.ID, id)
        .set(VolumeSchema.NAME, name)
        .set(VolumeSchema.SIZE, sizeGb)
        .set(VolumeSchema.TYPE, type)
        .set(VolumeSchema.STATUS, status)
        .build();
  }
}
