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

  /**
   * The inode of the socket listening on 127.0.0.1:PORT. Java's server sockets are IPv6 sockets
   * that also take IPv4, so the table for IPv6 is read too, where the address is IPv4-mapped.
   */
  private static Optional<String> listeningInode(int port) {
    String hexPort = String.format(Locale.ROOT, "%04X", port);
    List<String> addresses =
        List.of("0100007F:" + hexPort, "0000000000000000FFFF00000100007F:" + hexPort);
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      try (Stream<String> lines = Files.lines(Path.of(table))) {
        Optional<String> inode = lines
            .map(String::trim)
            .map(line -> line.split("\\s+"))
            .filter(fields -> fields.length > 9 && addresses.contains(fields[1])
                && fields[3].equals("0A"))
            .map(fields -> fields[9])
            .findFirst();
        if (inode.isPresent()) {
          return inode;
        }
      } catch (IOException e) {
        // No such table on this machine: the other one may have it.
      }
    }
    return Optional.empty();
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
