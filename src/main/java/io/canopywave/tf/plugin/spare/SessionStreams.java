package io.canopywave.tf.plugin.spare;

import java.io.IOException;
import java.nio.file.Path;

/** Where a spare's stdout and stderr go: a session's output FIFO while it lasts, else nowhere. */
interface SessionStreams {
  /** Points them at FIFO; false, changing nothing, when no launcher reads it any more. */
  boolean attach(Path fifo) throws IOException;

  /** Points them nowhere again, closing the session's FIFO so that its launcher sees the end. */
  void detach() throws IOException;
}
