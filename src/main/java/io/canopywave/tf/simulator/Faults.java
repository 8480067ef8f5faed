package io.canopywave.tf.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The active fault rules, in the order they were added. For each API request every rule whose
 * pattern and conditions match counts the request; the earliest rule that then fires (its
 * {@code every} and {@code times} allow it) decides the answer. So two rules with
 * {@code every: 3} and {@code every: 6} on the same path split every third request between
 * them.
 */
final class Faults {
  /** Answers {@code until_gone} questions from the store. */
  @FunctionalInterface
  interface Existence {
    boolean exists(String kind, String id, String name);
  }

  /** A rule with its counters. */
  static final class Active {
    final String id;
    final FaultRule rule;
    private final Glob path;
    private final Map<String, Glob> query = new LinkedHashMap<>();
    private long matched;
    private long fired;

    Active(String id, FaultRule rule) {
      this.id = id;
      this.rule = rule;
      this.path = Glob.path(rule.path());
      rule.query().forEach((name, value) -> query.put(name, Glob.value(value)));
    }

    private boolean matches(ApiRequest request, int recentRequests, Existence existence) {
      String method = rule.method();
      if (method != null && !method.equals("*") && !method.equalsIgnoreCase(request.method())) {
        return false;
      }
      if (!path.matches(request.path())) {
        return false;
      }
      for (var entry : query.entrySet()) {
        if (!entry.getValue().matches(request.query().get(entry.getKey()))) {
          return false;
        }
      }
      if (rule.rps() != null && recentRequests <= rule.rps()) {
        return false;
      }
      var until = rule.untilGone();
      return until == null || existence.exists(until.kind(), until.id(), until.name());
    }

    private boolean exhausted() {
      return rule.times() != null && fired >= rule.times();
    }

    Map<String, Object> toJson() {
      var json = new LinkedHashMap<String, Object>();
      json.put("id", id);
      json.putAll(rule.toJson());
      json.put("matched", matched);
      json.put("fired", fired);
      json.put("exhausted", exhausted());
      return json;
    }
  }

  private final List<Active> rules = new ArrayList<>();
  private long nextId = 1;

  synchronized String add(FaultRule rule) {
    String id = "f" + nextId++;
    rules.add(new Active(id, rule));
    return id;
  }

  synchronized List<Map<String, Object>> toJson() {
    return rules.stream().map(Active::toJson).toList();
  }

  synchronized void clear() {
    rules.clear();
  }

  synchronized boolean remove(String id) {
    return rules.removeIf(rule -> rule.id.equals(id));
  }

  /** The rule that answers this request, or null; counts the request for every matching rule. */
  synchronized Active decide(ApiRequest request, int recentRequests, Existence existence) {
    Active chosen = null;
    for (var active : rules) {
      if (active.exhausted() || !active.matches(request, recentRequests, existence)) {
        continue;
      }
      active.matched++;
      Integer every = active.rule.every();
      boolean fires = every == null || active.matched % every == 0;
      if (fires && chosen == null) {
        active.fired++;
        chosen = active;
      }
    }
    return chosen;
  }
}
