package io.canopywave.tf.plugin.spare;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a launcher hands a spare: the directory it claimed, and the environment the client gave
 * the launcher. On the wire, NUL-terminated entries: the directory, then {@code NAME=value} for
 * each variable (as {@code env -0} prints them), then an empty entry.
 */
record SessionRequest(Path claimedDirectory, Map<String, String> environment) {

  /** A request is a few kilobytes; far more is not a launcher's, and is refused. */
  static final int MAX_BYTES = 4 << 20;

  SessionRequest {
    environment = Map.copyOf(environment);
  }

  /** The bytes of one entry, which are wiped once it has been read: it may be a secret. */
  private static final class Entry extends ByteArrayOutputStream {
    void wipe() {
      Arrays.fill(buf, (byte) 0);
      reset();
    }
  }

  /** Reads one request from IN, blocking until it is complete. */
  static SessionRequest read(InputStream in) throws IOException {
    Path claimed = null;
    Map<String, String> environment = new LinkedHashMap<>();
    Entry entry = new Entry();
    int total = 0;
    while (true) {
      int next = in.read();
      if (next < 0) {
        throw new IOException("the request ended before its last entry");
      }
      if (++total > MAX_BYTES) {
        throw new IOException("the request is larger than " + MAX_BYTES + " bytes");
      }
      if (next != 0) {
        entry.write(next);
        continue;
      }
      String text = entry.toString(StandardCharsets.UTF_8);
      entry.wipe();
      if (claimed == null) {
        if (text.isEmpty()) {
          throw new IOException("the request names no directory");
        }
        claimed = Path.of(text);
      } else if (text.isEmpty()) {
        return new SessionRequest(claimed, environment);
      } else {
        int equals = text.indexOf('=');
        if (equals > 0) {
          environment.put(text.substring(0, equals), text.substring(equals + 1));
        }
      }
    }
  }
}
