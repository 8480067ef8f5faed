package io.canopywave.tf.plugin.log;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Writes whole lines to file descriptor 2, one write per line, so lines from several threads never
 * interleave. It bypasses {@code System.err} so that redirecting the standard streams cannot loop.
 */
final class StderrSink implements Consumer<String> {
  private final OutputStream out = new FileOutputStream(FileDescriptor.err);

  @Override
  public void accept(String line) {
    byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
    synchronized (this) {
      try {
        out.write(bytes);
        out.flush();
      } catch (IOException e) {
        // The client closed our stderr: nobody is reading, so the line has nowhere to go.
      }
    }
  }
}
