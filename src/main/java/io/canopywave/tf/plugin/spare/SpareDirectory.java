package io.canopywave.tf.plugin.spare;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * A spare's directory in its pool, and the renames that pass it between owners. The launcher
 * made it as {@code starting.PID} (PID: the spare's own) with two FIFOs: {@value #REQUESTS},
 * where a launcher writes its {@link SessionRequest}, and {@value #OUTPUT}, the spare's stdout
 * and stderr during a session. The spare renames it {@code ready.PID} once warm. A launcher takes it by
 * renaming it {@code claimed.PID}; after a clean session the spare renames it {@code ready.PID}
 * again (with a new output FIFO). A spare that idled too long takes itself back as {@code
 * expired.PID}; {@code --stop-spares} retires a serving one by renaming its entry {@code
 * retiring.PID}. A rename is atomic, so of two that race exactly one wins.
 */
record SpareDirectory(Path pool, long pid) {
  static final String REQUESTS = "requests";
  static final String OUTPUT = "output";
  /** The next session's output FIFO, while it is being made. */
  private static final String NEXT_OUTPUT = "output.next";

  /** The directory a launcher made for this process. */
  static SpareDirectory startingAt(Path directory) throws IOException {
    String name = directory.getFileName().toString();
    long pid = ProcessHandle.current().pid();
    if (!name.equals(state("starting", pid))) {
      throw new IOException(directory + " is not the starting directory of process " + pid);
    }
    return new SpareDirectory(directory.toAbsolutePath().getParent(), pid);
  }

  private static String state(String state, long pid) {
    return state + "." + pid;
  }

  Path starting() {
    return pool.resolve(state("starting", pid));
  }

  Path ready() {
    return pool.resolve(state("ready", pid));
  }

  Path claimed() {
    return pool.resolve(state("claimed", pid));
  }

  /**
   * Opens the requests FIFO for reading and writing: that open never blocks, and never reads an
   * end. A launch may claim the spare before its JVM gets here, so the FIFO is looked for under
   * the claimed name too.
   */
  FileChannel openRequests() throws IOException {
    for (Path directory : List.of(starting(), claimed())) {
      try {
        return FileChannel.open(
            directory.resolve(REQUESTS), StandardOpenOption.READ, StandardOpenOption.WRITE);
      } catch (NoSuchFileException e) {
        // Renamed by a claim meanwhile: the next name has it.
      }
    }
    throw new NoSuchFileException(starting().resolve(REQUESTS).toString(), null,
        "the spare's directory is gone from the pool");
  }

  /** Whether the spare's entry is in the pool as ready. */
  boolean isReady() {
    return Files.isDirectory(ready());
  }

  /** Whether the spare's entry is in the pool as claimed. */
  boolean isClaimed() {
    return Files.isDirectory(claimed());
  }

  /** Whether a launcher claimed the spare before it was ready. */
  boolean claimedWhileStarting() {
    return !Files.isDirectory(starting());
  }

  /** Starting becomes ready; false when a launcher claimed it first. */
  boolean publish() throws IOException {
    return rename(starting(), ready());
  }

  /** Ready becomes expired, and is removed; false when a launcher claimed it first. */
  boolean expire() throws IOException {
    Path expired = pool.resolve(state("expired", pid));
    if (!rename(ready(), expired)) {
      return false;
    }
    remove(expired);
    return true;
  }

  /** Where {@code --stop-spares} puts the entry of a spare that is serving a session. */
  Path retiring() {
    return pool.resolve(state("retiring", pid));
  }

  /**
   * After a session: the claimed entry gets a new output FIFO (the last launcher may still be
   * reading the old one, and must see its end, not the next session's lines), then becomes
   * ready again. False when the entry is gone from the pool.
   */
  boolean renew() throws IOException {
    Path next = claimed().resolve(NEXT_OUTPUT);
    try {
      Files.deleteIfExists(next);
      StandardStreams.mkfifo(next);
      Files.move(next, claimed().resolve(OUTPUT), StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (NoSuchFileException e) {
      return false;
    }
    return rename(claimed(), ready());
  }

  /** Takes the spare out of the pool, ready or starting, unless a launcher claimed it. */
  void withdraw() {
    Path expired = pool.resolve(state("expired", pid));
    try {
      if (rename(ready(), expired) || rename(starting(), expired)) {
        remove(expired);
      }
    } catch (IOException e) {
      // The pool's directory is gone or unwritable: nothing is left to tidy.
    }
  }

  /** A spare that served its last session removes its entry, claimed or retiring. */
  void leave() throws IOException {
    remove(claimed());
    remove(retiring());
  }

  /** Removes a directory of this spare's, with its two FIFOs; the open ones stay usable. */
  static void remove(Path directory) throws IOException {
    Files.deleteIfExists(directory.resolve(REQUESTS));
    Files.deleteIfExists(directory.resolve(OUTPUT));
    Files.deleteIfExists(directory.resolve(NEXT_OUTPUT));
    try {
      Files.deleteIfExists(directory);
    } catch (DirectoryNotEmptyException e) {
      // Something else was put there; it is not ours to delete.
    }
  }

  private static boolean rename(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
      return true;
    } catch (NoSuchFileException e) {
      return false;
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("cannot rename within " + from.getParent(), e);
    }
  }
}
