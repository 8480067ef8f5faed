package io.canopywave.tf.resource.filesystem;

import io.canopywave.tf.api.model.FileSystem;
import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.resource.common.ScopeAttributes;
import io.canopywave.tf.resource.common.ScopedState;
import io.canopywave.tf.value.CtyValue;
import io.canopywave.tf.value.ObjectReader;

/**
 * A shared file system as the state holds it.
 *
 * @param sizeGb the size in GB, or null when unknown (an answer without it)
 * @param status the API's status, or null before the API has shown the file system
 */
record FileSystemModel(String id, String name, Long sizeGb, String status, Scope scope) {

  /** What a plan or state says; {@code id} is the create's answer or the state's id. */
  static FileSystemModel of(CtyValue value, String id, String status) {
    ObjectReader reader = ObjectReader.of(value);
    return new FileSystemModel(id, reader.string(FileSystemSchema.NAME),
        reader.longValue(FileSystemSchema.SIZE), status, ScopeAttributes.of(value));
  }

  /**
   * The file system as the API lists it, in the scope of {@code known} (the prior state or
   * the plan). Fields the answer lacks keep what {@code known} holds, so that a terse answer
   * is not mistaken for drift.
   */
  static FileSystemModel fromApi(FileSystem listed, CtyValue known) {
    ObjectReader before = ObjectReader.of(known);
    return new FileSystemModel(listed.id(),
        listed.name() != null ? listed.name() : before.string(FileSystemSchema.NAME),
        listed.sizeGb() != null ? listed.sizeGb() : before.longValue(FileSystemSchema.SIZE),
        listed.status(), ScopeAttributes.of(known));
  }

  /** The state; the {@code timeouts} block comes from {@code source} (plan or prior state). */
  CtyValue.ObjectVal toState(CtyValue source) {
    return ScopedState.builder(FileSystemSchema.SCHEMA, scope, ScopedState.timeoutsOf(source))
        .set(FileSystemSchema.ID, id)
        .set(FileSystemSchema.NAME, name)
        .set(FileSystemSchema.SIZE, sizeGb)
        .set(FileSystemSchema.STATUS, status)
        .build();
  }
}
