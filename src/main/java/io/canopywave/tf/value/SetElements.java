package io.canopywave.tf.value;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The immutable element storage of a {@link CtyValue.SetVal}.
 *
 * <p>Wholly known elements collapse when equal, as in any set. Elements that contain an unknown
 * never do: cty treats two unknowns as possibly different, so the client may send a set with
 * two unknown elements and expects both back. Such duplicates make {@link #size()} count more
 * than the distinct elements; equality then compares element counts (a multiset).
 */
final class SetElements extends AbstractSet<CtyValue> {
  private final List<CtyValue> ordered;
  private final Set<CtyValue> known;
  private final List<CtyValue> partlyUnknown;

  private SetElements(List<CtyValue> ordered, Set<CtyValue> known, List<CtyValue> partly) {
    this.ordered = ordered;
    this.known = known;
    this.partlyUnknown = partly;
  }

  static SetElements of(Collection<? extends CtyValue> source) {
    if (source instanceof SetElements already) {
      return already;
    }
    List<CtyValue> ordered = new ArrayList<>(source.size());
    Set<CtyValue> known = new LinkedHashSet<>();
    List<CtyValue> partly = new ArrayList<>(0);
    for (CtyValue element : source) {
      Objects.requireNonNull(element, "set element");
      if (!element.isWhollyKnown()) {
        partly.add(element);
        ordered.add(element);
      } else if (known.add(element)) {
        ordered.add(element);
      }
    }
    return new SetElements(
        Collections.unmodifiableList(ordered),
        Collections.unmodifiableSet(known),
        Collections.unmodifiableList(partly));
  }

  @Override
  public Iterator<CtyValue> iterator() {
    return ordered.iterator();
  }

  @Override
  public int size() {
    return ordered.size();
  }

  @Override
  public boolean contains(Object o) {
    return known.contains(o) || partlyUnknown.contains(o);
  }

  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (o instanceof SetElements other) {
      return known.equals(other.known)
          && counts(partlyUnknown).equals(counts(other.partlyUnknown));
    }
    return partlyUnknown.isEmpty() && known.equals(o);
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }

  private static Map<CtyValue, Integer> counts(List<CtyValue> values) {
    Map<CtyValue, Integer> counts = new HashMap<>();
    values.forEach(v -> counts.merge(v, 1, Integer::sum));
    return counts;
  }
}
