package io.canopywave.tf.resource.instance;

import static io.canopywave.tf.resource.instance.InstanceSchema.FLAVOR;
import static io.canopywave.tf.resource.instance.InstanceSchema.IMAGE;
import static io.canopywave.tf.resource.instance.InstanceSchema.NAME;
import static io.canopywave.tf.resource.instance.InstanceSchema.STATUS;

import io.canopywave.tf.api.ApiException;
import io.canopywave.tf.api.model.InstanceType;
import io.canopywave.tf.resource.common.Connection;
import io.canopywave.tf.resource.common.ScopeAttributes;
import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.schema.Diagnostics;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import io.canopywave.tf.value.ObjectReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What the instance adds to the generic plan: the scope defaults, the catalogue check of a new
 * instance, no replacement for arguments the API cannot report (after an import they are
 * null), and a replacement when a refresh found the instance in status {@code error}.
 */
final class InstancePlan {
  private final Block block;
  private final Function<Connection, InstanceCatalogue> catalogue;

  InstancePlan(Block block, Function<Connection, InstanceCatalogue> catalogue) {
    this.block = block;
    this.catalogue = catalogue;
  }

  CtyValue modify(CtyValue prior, CtyValue config, CtyValue planned,
      Set<AttributePath> requiresReplace, Optional<Connection> connection,
      Diagnostics diagnostics) {
    if (!(planned instanceof CtyValue.ObjectVal object)) {
      return planned;
    }
    CtyValue.ObjectVal result = object;
    if (connection.isPresent()) {
      result = ScopeAttributes.planScope(prior, result, config, connection.get(), diagnostics);
    }
    if (prior.isNull()) {
      CtyValue.ObjectVal created = result;
      connection.ifPresent(c -> checkCatalogue(created, c, diagnostics));
      return created;
    }
    ObjectReader before = ObjectReader.of(prior);
    // Limitation: a null in the state cannot tell "imported" from "never set", so switching an
    // instance from `password_wo` to `password` (or setting a first `password_wo_version`) only
    // records the value: the instance keeps the password it was launched with.
    for (String name : InstanceSchema.UNREADABLE) {
      if (before.isNull(name) && !result.get(name).isNull()) {
        requiresReplace.remove(AttributePath.of(name));
      }
    }
    if (requiresReplace.isEmpty() && !RestartTriggers.restartNeeded(prior, result)) {
      result = keepComputed(before.object(), result);
    }
    return statusRule(before, result, requiresReplace, diagnostics);
  }

  /**
   * Nothing but recorded values changes: the computed values the engine made unknown stay as
   * they were, and the update only stores the plan.
   */
  private CtyValue.ObjectVal keepComputed(CtyValue.ObjectVal prior, CtyValue.ObjectVal planned) {
    CtyValue.ObjectVal result = planned;
    for (Attribute attribute : block.attributes()) {
      if (attribute.computedOnly() && !planned.get(attribute.name()).isKnown()) {
        result = result.with(attribute.name(), prior.get(attribute.name()));
      }
    }
    return result;
  }

  /**
   * An instance in error is replaced: {@code status} is planned unknown and named as the reason.
   * Other statuses that are not active only warn: the instance may be stopped on purpose.
   */
  private static CtyValue statusRule(ObjectReader prior, CtyValue.ObjectVal planned,
      Set<AttributePath> requiresReplace, Diagnostics diagnostics) {
    if (!prior.isSet(STATUS)) {
      return planned;
    }
    InstanceStatus status = InstanceStatus.of(prior.string(STATUS));
    String who = describe(prior);
    if (status.isError()) {
      requiresReplace.add(AttributePath.of(STATUS));
      diagnostics.warning(AttributePath.of(STATUS), "Instance in error status will be replaced",
          who + " reports status `error`: it cannot become active again by itself, so this plan"
              + " replaces it. To keep it (for example to investigate), remove it from the"
              + " state first (`tofu state rm`).");
      return planned.with(STATUS, CtyValue.unknown(CtyType.STRING));
    }
    if (!status.isActive()) {
      diagnostics.warning(AttributePath.of(STATUS), "Instance is not active",
          who + " reports status `" + status.stateValue() + "`. The provider leaves it as it is;"
              + " start or repair it in the Canopy Wave console if it should be running.");
    }
    return planned;
  }

  private static String describe(ObjectReader state) {
    return "The instance \"" + state.string(NAME) + "\" (id " + state.string(InstanceSchema.ID)
        + ")";
  }

  /** A new instance: the flavor must exist and the image must fit it. */
  private void checkCatalogue(CtyValue.ObjectVal planned, Connection connection,
      Diagnostics diagnostics) {
    CtyValue flavor = planned.get(FLAVOR);
    CtyValue image = planned.get(IMAGE);
    if (!(flavor instanceof CtyValue.Str(String code))) {
      return;
    }
    InstanceCatalogue known;
    try {
      known = catalogue.apply(connection);
    } catch (ApiException e) {
      diagnostics.warning("Could not check the flavor and image",
          "The provider could not read the instance types to check `flavor` and `image`: "
              + e.getMessage() + ". The launch will report a wrong value instead.");
      return;
    }
    Optional<InstanceType> type = known.type(code);
    if (type.isEmpty()) {
      diagnostics.error(AttributePath.of(FLAVOR), "Unknown flavor",
          "The flavor `" + code + "` is not an instance type of Canopy Wave. Valid flavor"
              + " codes: " + quoted(known.flavorCodes()) + ".");
      return;
    }
    if (image instanceof CtyValue.Str(String name) && !type.get().images().contains(name)) {
      boolean exists = known.hasImage(name);
      diagnostics.error(AttributePath.of(IMAGE),
          exists ? "Image does not fit the flavor" : "Unknown image",
          (exists ? "The image `" + name + "` does not fit the flavor `" + code + "`."
              : "The image `" + name + "` does not exist in Canopy Wave.")
              + " Images for `" + code + "`: " + quoted(type.get().images()) + ".");
    }
  }

  private static String quoted(List<String> values) {
    return values.isEmpty() ? "(none)"
        : String.join(", ", values.stream().map(v -> "`" + v + "`").toList());
  }
}
