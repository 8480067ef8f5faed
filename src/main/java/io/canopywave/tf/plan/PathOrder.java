package io.canopywave.tf.plan;

import io.canopywave.tf.schema.AttributePath;
import java.util.Comparator;
import java.util.List;

/**
 * A total order on attribute paths, so that replace paths come out sorted the same way every
 * time: step by step, attribute names before map keys before indexes, a prefix first.
 */
final class PathOrder implements Comparator<AttributePath> {
  static final PathOrder INSTANCE = new PathOrder();

  private PathOrder() {}

  @Override
  public int compare(AttributePath left, AttributePath right) {
    List<AttributePath.Step> a = left.steps();
    List<AttributePath.Step> b = right.steps();
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int byStep = compareSteps(a.get(i), b.get(i));
      if (byStep != 0) {
        return byStep;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  private static int compareSteps(AttributePath.Step a, AttributePath.Step b) {
    int byKind = Integer.compare(rank(a), rank(b));
    if (byKind != 0) {
      return byKind;
    }
    return switch (a) {
      case AttributePath.Step.Attribute x ->
          x.name().compareTo(((AttributePath.Step.Attribute) b).name());
      case AttributePath.Step.MapKey x -> x.key().compareTo(((AttributePath.Step.MapKey) b).key());
      case AttributePath.Step.Index x ->
          Long.compare(x.index(), ((AttributePath.Step.Index) b).index());
    };
  }

  private static int rank(AttributePath.Step step) {
    return switch (step) {
      case AttributePath.Step.Attribute x -> 0;
      case AttributePath.Step.MapKey x -> 1;
      case AttributePath.Step.Index x -> 2;
    };
  }
}
