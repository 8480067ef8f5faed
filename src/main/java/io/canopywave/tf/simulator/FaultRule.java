package io.canopywave.tf.simulator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A fault rule of {@code POST /_simulator/faults}: which API requests it matches and how it
 * answers them. Field names in JSON are the snake_case names documented in docs/simulator.md.
 *
 * @param method the HTTP method, or null (or {@code *}) for any
 * @param path the request path; {@code *} matches within a segment, {@code **} across
 * @param query query parameters that must be present with matching values ({@code *} globs)
 * @param status the status to answer; 200 when only {@code body} is given
 * @param body the body to answer: a string is sent as is, anything else as JSON
 * @param headers headers to add, to the fault's answer or (alone) to the real answer
 * @param delayMs wait this long before answering
 * @param drop close the connection without answering
 * @param after do the real work first, then answer with the fault
 * @param times answer with the fault at most this many times, or null for no limit
 * @param every answer with the fault on every Nth matching request only, or null for each
 * @param rps match only while more than this many API requests arrived in the last second
 * @param untilGone match only while the named object (or any of that kind) exists
 */
public record FaultRule(
    String method,
    String path,
    Map<String, String> query,
    Integer status,
    Object body,
    Map<String, String> headers,
    long delayMs,
    boolean drop,
    boolean after,
    Integer times,
    Integer every,
    Double rps,
    UntilGone untilGone) {

  private static final Set<String> FIELDS =
      Set.of(
          "method", "path", "query", "status", "body", "headers", "delay_ms", "drop", "after",
          "times", "every", "rps", "until_gone");

  private static final Set<String> KINDS =
      Set.of("instances", "volumes", "ssh-keys", "file-systems", "ips");

  /**
   * The rule matches only while an object of {@code kind} exists (a terminated instance counts
   * as gone), restricted to one {@code id} or {@code name} when given.
   */
  public record UntilGone(String kind, String id, String name) {
    public UntilGone {
      if (kind == null || !KINDS.contains(kind)) {
        throw new IllegalArgumentException("until_gone.kind must be one of " + KINDS);
      }
    }

    Map<String, Object> toJson() {
      var json = new LinkedHashMap<String, Object>();
      json.put("kind", kind);
      if (id != null) {
        json.put("id", id);
      }
      if (name != null) {
        json.put("name", name);
      }
      return json;
    }
  }

  public FaultRule {
    if (path == null || path.isBlank() || !path.startsWith("/")) {
      throw new IllegalArgumentException("path is required and starts with /");
    }
    query = query == null ? Map.of() : Map.copyOf(query);
    headers = headers == null ? Map.of() : Map.copyOf(headers);
    if (status != null && (status < 200 || status > 599)) {
      throw new IllegalArgumentException("status must be between 200 and 599");
    }
    if (delayMs < 0 || delayMs > 600_000) {
      throw new IllegalArgumentException("delay_ms must be between 0 and 600000");
    }
    if (times != null && times < 1) {
      throw new IllegalArgumentException("times must be 1 or more");
    }
    if (every != null && every < 1) {
      throw new IllegalArgumentException("every must be 1 or more");
    }
    if (rps != null && !(rps > 0)) {
      throw new IllegalArgumentException("rps must be above 0");
    }
    boolean answers = status != null || body != null || drop;
    if (!answers && headers.isEmpty() && delayMs == 0) {
      throw new IllegalArgumentException(
          "a rule needs at least one of status, body, headers, delay_ms, drop");
    }
    if (after && !answers) {
      throw new IllegalArgumentException("after needs status, body or drop to answer with");
    }
  }

  /** A rule builder for requests with this method (null or "*" for any) and path pattern. */
  public static Builder on(String method, String path) {
    return new Builder(method, path);
  }

  /** Whether the rule replaces the real answer (rather than only delaying or adding headers). */
  public boolean replacesAnswer() {
    return status != null || body != null || drop;
  }

  public static FaultRule fromJson(Map<String, ?> json) {
    for (String field : json.keySet()) {
      if (!FIELDS.contains(field)) {
        throw new IllegalArgumentException("unknown fault field " + field + "; fields are "
            + new TreeSet<>(FIELDS));
      }
    }
    return new FaultRule(
        string(json, "method"),
        string(json, "path"),
        stringMap(json, "query"),
        integer(json, "status"),
        json.get("body"),
        stringMap(json, "headers"),
        integer(json, "delay_ms") == null ? 0 : integer(json, "delay_ms"),
        flag(json, "drop"),
        flag(json, "after"),
        integer(json, "times"),
        integer(json, "every"),
        json.get("rps") == null ? null : number(json, "rps"),
        untilGone(json.get("until_gone")));
  }

  public Map<String, Object> toJson() {
    var json = new LinkedHashMap<String, Object>();
    json.put("method", method);
    json.put("path", path);
    putIf(json, "query", query.isEmpty() ? null : query);
    putIf(json, "status", status);
    putIf(json, "body", body);
    putIf(json, "headers", headers.isEmpty() ? null : headers);
    putIf(json, "delay_ms", delayMs == 0 ? null : delayMs);
    putIf(json, "drop", drop ? true : null);
    putIf(json, "after", after ? true : null);
    putIf(json, "times", times);
    putIf(json, "every", every);
    putIf(json, "rps", rps);
    putIf(json, "until_gone", untilGone == null ? null : untilGone.toJson());
    return json;
  }

  private static void putIf(Map<String, Object> json, String key, Object value) {
    if (value != null) {
      json.put(key, value);
    }
  }

  private static String string(Map<String, ?> json, String field) {
    Object value = json.get(field);
    if (value != null && !(value instanceof String)) {
      throw new IllegalArgumentException(field + " must be a string");
    }
    return (String) value;
  }

  private static Integer integer(Map<String, ?> json, String field) {
    Object value = json.get(field);
    if (value == null) {
      return null;
    }
    boolean integral = value instanceof Long || value instanceof Integer;
    if (!integral || ((Number) value).longValue() > Integer.MAX_VALUE
        || ((Number) value).longValue() < 0) {
      throw new IllegalArgumentException(field + " must be a whole number, zero or more");
    }
    return ((Number) value).intValue();
  }

  private static double number(Map<String, ?> json, String field) {
    if (!(json.get(field) instanceof Number number)) {
      throw new IllegalArgumentException(field + " must be a number");
    }
    return number.doubleValue();
  }

  private static boolean flag(Map<String, ?> json, String field) {
    Object value = json.get(field);
    if (value != null && !(value instanceof Boolean)) {
      throw new IllegalArgumentException(field + " must be true or false");
    }
    return Boolean.TRUE.equals(value);
  }

  private static Map<String, String> stringMap(Map<String, ?> json, String field) {
    Object value = json.get(field);
    if (value == null) {
      return Map.of();
    }
    if (!(value instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException(field + " must be an object of strings");
    }
    var result = new LinkedHashMap<String, String>();
    for (var entry : map.entrySet()) {
      Object item = entry.getValue();
      if (!(item instanceof String) && !(item instanceof Number)) {
        throw new IllegalArgumentException(field + "." + entry.getKey() + " must be a string");
      }
      result.put(String.valueOf(entry.getKey()), String.valueOf(item));
    }
    return result;
  }

  private static UntilGone untilGone(Object value) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("until_gone must be an object with kind, id, name");
    }
    for (Object key : map.keySet()) {
      if (!Set.of("kind", "id", "name").contains(key)) {
        throw new IllegalArgumentException("until_gone takes kind, id and name, not " + key);
      }
    }
    @SuppressWarnings("unchecked")
    var fields = (Map<String, ?>) map;
    return new UntilGone(
        string(fields, "kind"), string(fields, "id"), string(fields, "name"));
  }

  /** Fluent construction for tests; the record stays immutable. */
  public static final class Builder {
    private final String method;
    private final String path;
    private Map<String, String> query = Map.of();
    private Integer status;
    private Object body;
    private Map<String, String> headers = Map.of();
    private long delayMs;
    private boolean drop;
    private boolean after;
    private Integer times;
    private Integer every;
    private Double rps;
    private UntilGone untilGone;

    private Builder(String method, String path) {
      this.method = method;
      this.path = path;
    }

    public Builder query(Map<String, String> value) {
      this.query = value;
      return this;
    }

    public Builder status(int value) {
      this.status = value;
      return this;
    }

    /** A string is answered as is; maps, lists and numbers as JSON. */
    public Builder body(Object value) {
      this.body = value;
      return this;
    }

    public Builder headers(Map<String, String> value) {
      this.headers = value;
      return this;
    }

    public Builder delayMs(long value) {
      this.delayMs = value;
      return this;
    }

    public Builder drop() {
      this.drop = true;
      return this;
    }

    public Builder after() {
      this.after = true;
      return this;
    }

    public Builder times(int value) {
      this.times = value;
      return this;
    }

    public Builder every(int value) {
      this.every = value;
      return this;
    }

    public Builder rps(double value) {
      this.rps = value;
      return this;
    }

    public Builder untilGone(String kind, String id, String name) {
      this.untilGone = new UntilGone(kind, id, name);
      return this;
    }

    public FaultRule build() {
      return new FaultRule(method, path, query, status, body, headers, delayMs, drop, after,
          times, every, rps, untilGone);
    }
  }
}
