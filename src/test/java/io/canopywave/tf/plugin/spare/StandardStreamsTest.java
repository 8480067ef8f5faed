package io.canopywave.tf.plugin.spare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The C library calls of a spare. Attaching to a FIFO that someone reads would move this test
 * JVM's own stdout, so that part is left to SpareIT, which runs real spares.
 */
class StandardStreamsTest {
  @TempDir Path directory;

  @Test
  void mkfifo_makesAFifoOnlyItsUserMayOpen() throws Exception {
    Path fifo = directory.resolve("output");

    StandardStreams.mkfifo(fifo);

    assertThat(Files.isRegularFile(fifo) || Files.isDirectory(fifo)).isFalse();
    assertThat(Files.readAttributes(fifo, "unix:mode").get("mode"))
        .isEqualTo(0010600);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fifo)))
        .isEqualTo("rw-------");
  }

  @Test
  void mkfifo_inADirectoryThatIsGone_saysNoSuchFile() {
    assertThatThrownBy(() -> StandardStreams.mkfifo(directory.resolve("gone/output")))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void attach_toAFifoNobodyReads_changesNothingAndSaysSo() throws Exception {
    Path fifo = directory.resolve("output");
    StandardStreams.mkfifo(fifo);

    assertThat(StandardStreams.PROCESS.attach(fifo)).isFalse();
  }
}
