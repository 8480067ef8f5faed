package io.canopywave.tf.plugin.spare;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A spare's end of its requests FIFO, read through a buffer that is wiped of each request once it
 * has been read: a request holds a client's whole environment, secrets included, and a spare that
 * waits for its next session must keep no copy of the last one's. Bytes not yet read are kept.
 */
final class RequestStream extends BufferedInputStream {
  RequestStream(InputStream in) {
    super(in);
  }

  /** A copy of the whole buffer, read part and unread part alike, for tests to look into. */
  synchronized byte[] bufferCopy() {
    return buf == null ? new byte[0] : buf.clone();
  }

  /**
   * Zeroes the buffer but for the bytes not yet read. Each fill writes from the start of the
   * buffer, so the bytes past the last fill's end are an earlier fill's: a request in several
   * parts, or an earlier request.
   */
  synchronized void wipeRead() {
    if (buf != null) {
      Arrays.fill(buf, 0, pos, (byte) 0);
      Arrays.fill(buf, count, buf.length, (byte) 0);
    }
  }
}
