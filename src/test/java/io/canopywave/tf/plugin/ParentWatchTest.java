package io.canopywave.tf.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ParentWatchTest {

  @Test
  void whenGone_namedClientAlreadyExited_runsAtOnce() throws Exception {
    Process client = new ProcessBuilder("true").start();
    client.waitFor(10, TimeUnit.SECONDS);
    var ran = new CompletableFuture<Boolean>();

    ParentWatch.of(
            Map.of(ParentWatch.CLIENT_PID_VARIABLE, Long.toString(client.pid())),
            ProcessHandle.current().parent())
        .whenGone(() -> ran.complete(true));

    assertThat(ran.getNow(false)).isTrue();
  }

  @Test
  void whenGone_namedClientExitsLater_runsOnItsExitNotBefore() throws Exception {
    Process client = new ProcessBuilder("sleep", "30").start();
    var ran = new CompletableFuture<Boolean>();
    try {
      ParentWatch.of(
              Map.of(ParentWatch.CLIENT_PID_VARIABLE, Long.toString(client.pid())),
              Optional.empty())
          .whenGone(() -> ran.complete(true));
      assertThat(ran.isDone()).isFalse();
    } finally {
      client.destroyForcibly();
    }

    assertThat(ran.get(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void whenGone_variableMissingOrNotAPid_watchesTheCurrentParent() {
    var ran = new CompletableFuture<Boolean>();

    ParentWatch.of(Map.of(ParentWatch.CLIENT_PID_VARIABLE, "12; rm -rf"),
            ProcessHandle.current().parent())
        .whenGone(() -> ran.complete(true));

    assertThat(ran.isDone()).as("the test JVM's parent is alive").isFalse();
  }

  @Test
  void whenGone_launcherOfASpareExits_runsThoughTheClientLives() throws Exception {
    Process client = new ProcessBuilder("sleep", "60").start();
    Process launcher = new ProcessBuilder("sleep", "30").start();
    var ran = new CompletableFuture<Boolean>();
    try {
      ParentWatch.of(
              Map.of(
                  ParentWatch.CLIENT_PID_VARIABLE, Long.toString(client.pid()),
                  ParentWatch.LAUNCHER_PID_VARIABLE, Long.toString(launcher.pid())),
              Optional.empty())
          .whenGone(() -> ran.complete(true));
      assertThat(ran.isDone()).isFalse();
      launcher.destroyForcibly();

      assertThat(ran.get(10, TimeUnit.SECONDS)).isTrue();
      assertThat(client.isAlive()).isTrue();
    } finally {
      launcher.destroyForcibly();
      client.destroyForcibly();
    }
  }
}
