package io.canopywave.tf.plugin.spare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpareDirectoryTest {
  private static final long PID = ProcessHandle.current().pid();

  @TempDir Path pool;
  private SpareDirectory spare;

  @BeforeEach
  void startingDirectory() throws IOException {
    Path starting = Files.createDirectory(pool.resolve("starting." + PID));
    Files.createFile(starting.resolve(SpareDirectory.REQUESTS));
    Files.createFile(starting.resolve(SpareDirectory.OUTPUT));
    spare = SpareDirectory.startingAt(starting);
  }

  @Test
  void startingAt_directoryOfAnotherProcess_isRefused() throws IOException {
    Path other = Files.createDirectory(pool.resolve("starting.1"));

    assertThatThrownBy(() -> SpareDirectory.startingAt(other))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not the starting directory of process " + PID);
  }

  @Test
  void publish_unclaimed_becomesReady() throws IOException {
    assertThat(spare.claimedWhileStarting()).isFalse();

    assertThat(spare.publish()).isTrue();

    assertThat(pool.resolve("ready." + PID)).isDirectory();
    assertThat(pool.resolve("starting." + PID)).doesNotExist();
  }

  @Test
  void publish_claimedWhileStarting_isRefusedAndTheClaimStands() throws IOException {
    Files.move(spare.starting(), spare.claimed());

    assertThat(spare.claimedWhileStarting()).isTrue();
    assertThat(spare.publish()).isFalse();
    assertThat(spare.claimed()).isDirectory();
  }

  @Test
  void expire_readyAndUnclaimed_removesTheDirectory() throws IOException {
    spare.publish();

    assertThat(spare.expire()).isTrue();

    try (var entries = Files.list(pool)) {
      assertThat(entries).isEmpty();
    }
  }

  @Test
  void expire_claimedFirst_losesTheRace() throws IOException {
    spare.publish();
    Files.move(spare.ready(), spare.claimed());

    assertThat(spare.expire()).isFalse();
    assertThat(spare.claimed().resolve(SpareDirectory.REQUESTS)).exists();
  }

  @Test
  void withdraw_startingOrReady_leavesThePool_butNotWhenClaimed() throws IOException {
    spare.withdraw();
    try (var entries = Files.list(pool)) {
      assertThat(entries).as("withdrawn while starting").isEmpty();
    }

    Path again = Files.createDirectory(pool.resolve("starting." + PID));
    SpareDirectory.startingAt(again).publish();
    Files.move(spare.ready(), spare.claimed());
    spare.withdraw();
    assertThat(spare.claimed()).isDirectory();
  }

  @Test
  void remove_foreignFileInside_leavesTheDirectory() throws IOException {
    Files.writeString(spare.starting().resolve("note"), "not the spare's");

    SpareDirectory.remove(spare.starting());

    assertThat(spare.starting().resolve("note")).exists();
    assertThat(spare.starting().resolve(SpareDirectory.REQUESTS)).doesNotExist();
  }
}
