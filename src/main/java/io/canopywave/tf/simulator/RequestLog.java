package io.canopywave.tf.simulator;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last API requests (not control ones), oldest first, with secrets masked. Bounded: past
 * its capacity the oldest entries are forgotten, and {@code dropped_from_log} counts them.
 */
final class RequestLog {
  /**
   * One answered (or dropped) request.
   *
   * @param body the parsed JSON body with secrets masked, or null when empty
   * @param status the status answered; 0 when the connection was dropped
   * @param fault the id of the fault rule that answered, or null
   */
  record Entry(
      long seq,
      Instant time,
      String method,
      String path,
      Map<String, String> query,
      Object body,
      int status,
      String fault,
      long durationMs,
      String userAgent) {

    Map<String, Object> toJson() {
      var json = new LinkedHashMap<String, Object>();
      json.put("seq", seq);
      json.put("time", time.toString());
      json.put("method", method);
      json.put("path", path);
      json.put("query", query);
      json.put("body", body);
      json.put("status", status);
      json.put("dropped", status == 0);
      json.put("fault", fault);
      json.put("duration_ms", durationMs);
      json.put("user_agent", userAgent);
      return json;
    }
  }

  private final int capacity;
  private final ArrayDeque<Entry> entries = new ArrayDeque<>();
  private long nextSeq = 1;
  private long forgotten;

  RequestLog(int capacity) {
    this.capacity = capacity;
  }

  synchronized long nextSeq() {
    return nextSeq++;
  }

  synchronized void add(Entry entry) {
    entries.addLast(entry);
    while (entries.size() > capacity) {
      entries.removeFirst();
      forgotten++;
    }
  }

  /** Entries in arrival order; a filter null matches everything. */
  synchronized List<Entry> entries(String method, Glob path) {
    var list = new ArrayList<Entry>();
    for (var entry : entries) {
      if ((method == null || entry.method().equalsIgnoreCase(method))
          && (path == null || path.matches(entry.path()))) {
        list.add(entry);
      }
    }
    list.sort((a, b) -> Long.compare(a.seq(), b.seq()));
    return list;
  }

  synchronized long forgotten() {
    return forgotten;
  }

  synchronized void clear() {
    entries.clear();
    forgotten = 0;
  }
}
