package io.canopywave.tf.plan;

import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.schema.NestedBlock;
import io.canopywave.tf.schema.validators.GoDuration;
import io.canopywave.tf.schema.validators.GoDurationString;
import io.canopywave.tf.value.CtyValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code timeouts} block of resources that wait for the API, as users know it from other
 * providers: {@code timeouts { create = "30m" }}, one optional Go duration string per action.
 * The client knows nothing of it; the provider reads it from the planned or prior state.
 *
 * <p>A change to {@code timeouts} alone plans an in-place update that only stores the new
 * values: the plan engine does not count it as a change of the object, so computed values stay
 * known, and a resource's update must then return the planned state as it is.
 */
public final class Timeouts {
  public static final String BLOCK_NAME = "timeouts";

  /** The actions a resource may let users bound. */
  public enum Action {
    CREATE("creating the object"),
    UPDATE("changing the object in place"),
    DELETE("deleting the object");

    private final String what;

    Action(String what) {
      this.what = what;
    }

    public String attributeName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Map<Action, Duration> configured;

  private Timeouts(Map<Action, Duration> configured) {
    this.configured = configured;
  }

  /**
   * The block for a resource whose listed actions wait, each with the default the resource
   * uses when the user gives none (the defaults only feed the documentation).
   */
  public static NestedBlock block(Map<Action, Duration> defaults) {
    Map<Action, Duration> ordered = new EnumMap<>(defaults);
    List<Attribute> attributes = new ArrayList<>();
    List<String> defaultsText = new ArrayList<>();
    ordered.forEach((action, duration) -> {
      String shown = "`" + GoDuration.format(duration) + "`";
      attributes.add(Attribute.string(action.attributeName()).optional()
          .description("How long " + action.what + " may take before the provider gives up"
              + " (default " + shown + ").")
          .validator(GoDurationString.positive())
          .build());
      defaultsText.add("`" + action.attributeName() + "` " + shown);
    });
    String description = "How long the provider waits for the Canopy Wave API before it gives"
        + " up, per action, as Go durations such as `30s`, `15m` or `1h30m`. Defaults: "
        + String.join(", ", defaultsText) + ".";
    return NestedBlock.single(BLOCK_NAME, Block.of(description, attributes));
  }

  /**
   * Reads the configured timeouts from a resource's planned or prior state; a resource without
   * the block, or with it absent, has none configured.
   */
  public static Timeouts of(CtyValue state) {
    Map<Action, Duration> configured = new EnumMap<>(Action.class);
    if (state instanceof CtyValue.ObjectVal object
        && object.type().attributes().containsKey(BLOCK_NAME)
        && object.get(BLOCK_NAME) instanceof CtyValue.ObjectVal block) {
      for (Action action : Action.values()) {
        read(block, action).ifPresent(duration -> configured.put(action, duration));
      }
    }
    return new Timeouts(configured);
  }

  private static Optional<Duration> read(CtyValue.ObjectVal block, Action action) {
    if (!block.type().attributes().containsKey(action.attributeName())
        || !(block.get(action.attributeName()) instanceof CtyValue.Str(String text))) {
      return Optional.empty();
    }
    // Validation refused anything else before the plan, so a bad value cannot get here.
    return GoDuration.parse(text).filter(d -> !d.isNegative() && !d.isZero());
  }

  public Duration create(Duration fallback) {
    return get(Action.CREATE, fallback);
  }

  public Duration update(Duration fallback) {
    return get(Action.UPDATE, fallback);
  }

  public Duration delete(Duration fallback) {
    return get(Action.DELETE, fallback);
  }

  public Duration get(Action action, Duration fallback) {
    return configured.getOrDefault(action, fallback);
  }
}
