package io.canopywave.tf.schema;

import java.util.ArrayList;
import java.util.List;

/** A path from the root of a resource's value to one attribute, block or element. */
public record AttributePath(List<Step> steps) {

  public static final AttributePath ROOT = new AttributePath(List.of());

  public AttributePath {
    steps = List.copyOf(steps);
  }

  public sealed interface Step {
    record Attribute(String name) implements Step {}

    record MapKey(String key) implements Step {}

    record Index(long index) implements Step {}
  }

  public static AttributePath of(String... attributeNames) {
    AttributePath path = ROOT;
    for (String name : attributeNames) {
      path = path.attribute(name);
    }
    return path;
  }

  public AttributePath attribute(String name) {
    return append(new Step.Attribute(name));
  }

  public AttributePath key(String key) {
    return append(new Step.MapKey(key));
  }

  public AttributePath index(long index) {
    return append(new Step.Index(index));
  }

  private AttributePath append(Step step) {
    List<Step> copy = new ArrayList<>(steps);
    copy.add(step);
    return new AttributePath(copy);
  }

  public boolean isRoot() {
    return steps.isEmpty();
  }

  /** Terraform's notation, e.g. {@code timeouts.create} or {@code tags["env"]}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (Step step : steps) {
      switch (step) {
        case Step.Attribute a -> out.append(out.isEmpty() ? "" : ".").append(a.name());
        case Step.MapKey k -> out.append("[\"").append(k.key()).append("\"]");
        case Step.Index i -> out.append('[').append(i.index()).append(']');
      }
    }
    return out.toString();
  }
}
