package io.canopywave.tf.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Our provider's spare processes (started ahead of need, outside the client's process tree):
 * the ones whose pool lies under the bench's runtime directory, and the one that serves a given
 * port. The figures count them as the provider processes they are.
 */
final class SpareProcesses {

  static final SpareProcesses NONE = new SpareProcesses(Optional.empty());

  private final Optional<String> poolRoot;

  /** RUNTIME_DIRECTORY: the XDG_RUNTIME_DIR the bench gives the launches, when it gives one. */
  SpareProcesses(Optional<Path> runtimeDirectory) {
    this.poolRoot = runtimeDirectory.map(directory -> directory.toAbsolutePath() + "/");
  }

  /** The spares of the bench's pools, idle or serving. */
  Stream<ProcessHandle> all() {
    if (poolRoot.isEmpty()) {
      return Stream.empty();
    }
    return ProcessHandle.allProcesses().filter(this::isSpare);
  }

  private boolean isSpare(ProcessHandle process) {
    List<String> arguments = List.of(process.info().arguments().orElse(new String[0]));
    int flag = arguments.indexOf("--spare");
    return flag >= 0
        && flag + 1 < arguments.size()
        && arguments.get(flag + 1).startsWith(poolRoot.orElseThrow());
  }

  /** The process listening on 127.0.0.1:PORT, from the kernel's socket table. */
  static Optional<ProcessHandle> listeningOn(int port) {
    Optional<String> inode = listeningInode(port);
    if (inode.isEmpty()) {
      return Optional.empty();
    }
    String socket = "socket:[" + inode.get() + "]";
    try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
      for (Path process : processes) {
        if (holds(process, socket)) {
          return ProcessHandle.of(Long.parseLong(process.getFileName().toString()));
        }
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<String> listeningInode(int port) {
    String local = "0100007F:" + String.format(Locale.ROOT, "%04X", port);
    try (Stream<String> lines = Files.lines(Path.of("/proc/net/tcp"))) {
      return lines
          .map(String::trim)
          .map(line -> line.split("\\s+"))
          .filter(fields -> fields.length > 9 && fields[1].equals(local) && fields[3].equals("0A"))
          .map(fields -> fields[9])
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static boolean holds(Path process, String socket) {
    try (DirectoryStream<Path> descriptors = Files.newDirectoryStream(process.resolve("fd"))) {
      for (Path descriptor : descriptors) {
        if (socket.equals(Files.readSymbolicLink(descriptor).toString())) {
          return true;
        }
      }
    } catch (IOException | SecurityException e) {
      return false;
    }
    return false;
  }
}
