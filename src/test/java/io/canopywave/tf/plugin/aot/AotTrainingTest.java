package io.canopywave.tf.plugin.aot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a training run leaves in its cache directory when it cannot train. */
class AotTrainingTest {
  @TempDir Path directory;

  @Test
  void train_afterAKilledRun_removesItsPartialCacheButNothingElse() throws Exception {
    Path cache = directory.resolve("provider.aot");
    Path leftover = Files.writeString(directory.resolve("provider.aot.4242.partial"), "cut");
    Path unrelated = Files.writeString(directory.resolve("notes.partial"), "mine");
    Path launcher = Files.writeString(directory.resolve("launcher"), "#!/bin/sh\nexit 3\n");
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwx------"));

    Throwable failure = catchThrowable(() -> AotTraining.train(launcher, cache));

    assertThat(failure).as("a provider that exits without a handshake trains nothing")
        .isNotNull();
    assertThat(leftover).doesNotExist();
    assertThat(unrelated).exists();
    assertThat(cache).doesNotExist();
    try (var files = Files.list(directory)) {
      assertThat(files.map(path -> path.getFileName().toString()))
          .containsExactlyInAnyOrder("notes.partial", "launcher");
    }
  }
}
