package io.canopywave.tf.resource.common;

import io.canopywave.tf.plan.Timeouts;
import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.schema.validators.Validators;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The shape every resource living in a project and region has: its own attributes, then the
 * force-new {@code project} and {@code region}, and a {@code timeouts} block; plus the
 * attributes several of them share word for word but for the kind's noun.
 */
public final class ScopedSchema {
  public static final String ID = "id";
  public static final String NAME = "name";
  public static final String SIZE = "size";
  public static final String STATUS = "status";

  private ScopedSchema() {}

  /**
   * A resource schema (version 0).
   *
   * @param timeouts the actions the {@code timeouts} block offers, with their defaults
   * @param own the resource's attributes, before the scope
   */
  public static Schema of(String description, Map<Timeouts.Action, Duration> timeouts,
      Attribute... own) {
    List<Attribute> attributes = new ArrayList<>(List.of(own));
    attributes.addAll(ScopeAttributes.attributes(true));
    return new Schema(0, new Block(attributes, List.of(Timeouts.block(timeouts)), description));
  }

  /** {@code id}, computed, with the given description. */
  public static Attribute id(String description) {
    return Attribute.string(ID).computed().keepPriorWhenUnknown().description(description)
        .build();
  }

  /** {@code id} of a kind whose id Canopy Wave assigns, such as {@code volume}. */
  public static Attribute assignedId(String noun) {
    return id("The " + noun + "'s id, assigned by Canopy Wave.");
  }

  /** {@code name}: required, not empty, unique in the scope, and changing it replaces. */
  public static Attribute uniqueName(String noun) {
    return Attribute.string(NAME).required().forceNew()
        .validator(Validators.requiredNonEmpty())
        .description("The " + noun + "'s name, unique in its project and region. Changing it"
            + " replaces the " + noun + ".")
        .build();
  }

  /** {@code size} in whole GB of storage the API cannot resize. */
  public static Attribute sizeGb(String noun) {
    return Attribute.number(SIZE).required().forceNew()
        .validator(Validators.wholeNumberAtLeast(1))
        .description("The size in GB, a whole number. The API cannot resize a " + noun
            + ": changing it replaces the " + noun + ", and its data is lost.")
        .build();
  }

  /** {@code status}, computed, as the API reports it. */
  public static Attribute status(String description) {
    return Attribute.string(STATUS).computed().description(description).build();
  }
}
