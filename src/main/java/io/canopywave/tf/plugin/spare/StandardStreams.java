package io.canopywave.tf.plugin.spare;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Points the process's stdout and stderr (file descriptors 1 and 2) at a session's output FIFO,
 * and back at /dev/null when the session ends, through the C library (Java has no dup2). A spare
 * serves one session after another: everything the JVM writes during a session, its own warnings
 * included, reaches that session's launcher, and closing both descriptors afterwards is what lets
 * the launcher see the end of its output and exit, while the JVM lives on.
 */
final class StandardStreams implements SessionStreams {
  /** The process's own file descriptors 1 and 2. */
  static final StandardStreams PROCESS = new StandardStreams();

  private static final int STDOUT = 1;
  private static final int STDERR = 2;

  // Linux's values (x86-64 and arm64 alike).
  private static final int O_WRONLY = 01;
  private static final int O_NONBLOCK = 04000;
  private static final int O_CLOEXEC = 02000000;
  private static final int F_SETFL = 4;
  private static final int ENXIO = 6;
  private static final int EINTR = 4;
  private static final int ENOENT = 2;

  private static final Linker LINKER = Linker.nativeLinker();
  private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
  private static final VarHandle ERRNO =
      CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
  private static final MethodHandle OPEN = downcall("open",
      FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT),
      Linker.Option.firstVariadicArg(2), Linker.Option.captureCallState("errno"));
  private static final MethodHandle FCNTL = downcall("fcntl",
      FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT),
      Linker.Option.firstVariadicArg(2), Linker.Option.captureCallState("errno"));
  private static final MethodHandle DUP2 = downcall("dup2",
      FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT), Linker.Option.captureCallState("errno"));
  private static final MethodHandle CLOSE = downcall("close",
      FunctionDescriptor.of(JAVA_INT, JAVA_INT), Linker.Option.captureCallState("errno"));
  private static final MethodHandle MKFIFO = downcall("mkfifo",
      FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT), Linker.Option.captureCallState("errno"));

  private StandardStreams() {}

  private static MethodHandle downcall(
      String name, FunctionDescriptor descriptor, Linker.Option... options) {
    MemorySegment address = LINKER.defaultLookup().find(name)
        .orElseThrow(() -> new UnsatisfiedLinkError("no " + name + " in the C library"));
    return LINKER.downcallHandle(address, descriptor, options);
  }

  /**
   * Sends stdout and stderr into the FIFO at OUTPUT, which its launcher holds open for reading.
   * Returns false, changing nothing, when nobody reads it any more (the launcher is gone): writes
   * would then block for ever once the FIFO's buffer is full.
   */
  @Override
  public boolean attach(Path output) throws IOException {
    return withCallState((arena, state) -> {
      // Without O_NONBLOCK, opening a FIFO that no one reads would wait for a reader.
      int fd = (int) OPEN.invokeExact(
          state, arena.allocateFrom(output.toString()), O_WRONLY | O_NONBLOCK | O_CLOEXEC, 0);
      if (fd < 0 && errno(state) == ENXIO) {
        return false;
      }
      check(fd, "open " + output, state);
      // Writes must wait for the reader as with any stdout, not fail when the FIFO is full.
      int flags = (int) FCNTL.invokeExact(state, fd, F_SETFL, 0);
      check(flags, "fcntl", state);
      pointStandardStreamsAt(fd, state);
      return true;
    });
  }

  /** Points stdout and stderr at /dev/null again, closing the session's FIFO. */
  @Override
  public void detach() throws IOException {
    withCallState((arena, state) -> {
      int fd = (int) OPEN.invokeExact(
          state, arena.allocateFrom("/dev/null"), O_WRONLY | O_CLOEXEC, 0);
      check(fd, "open /dev/null", state);
      pointStandardStreamsAt(fd, state);
      return null;
    });
  }

  /** Makes a FIFO at PATH that only this user may open. */
  static void mkfifo(Path path) throws IOException {
    withCallState((arena, state) -> {
      MemorySegment name = arena.allocateFrom(path.toString());
      int result;
      do {
        result = (int) MKFIFO.invokeExact(state, name, 0600);
      } while (result < 0 && errno(state) == EINTR);
      if (result < 0 && errno(state) == ENOENT) {
        throw new NoSuchFileException(path.toString());
      }
      check(result, "mkfifo " + path, state);
      return null;
    });
  }

  /** Makes descriptors 1 and 2 copies of FD, then closes FD. */
  private static void pointStandardStreamsAt(int fd, MemorySegment state) throws Throwable {
    try {
      check((int) DUP2.invokeExact(state, fd, STDOUT), "dup2", state);
      check((int) DUP2.invokeExact(state, fd, STDERR), "dup2", state);
    } finally {
      int ignored = (int) CLOSE.invokeExact(state, fd);
    }
  }

  /** Calls into the C library with an arena and a place for errno that live for the calls. */
  @FunctionalInterface
  private interface Calls<T> {
    T make(Arena arena, MemorySegment state) throws Throwable;
  }

  private static <T> T withCallState(Calls<T> calls) throws IOException {
    try (Arena arena = Arena.ofConfined()) {
      return calls.make(arena, arena.allocate(CALL_STATE));
    } catch (IOException | RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IOException("cannot call the C library", e);
    }
  }

  private static void check(int result, String call, MemorySegment state) throws IOException {
    if (result < 0) {
      throw failure(call, state);
    }
  }

  private static IOException failure(String call, MemorySegment state) {
    return new IOException(call + " failed with errno " + errno(state));
  }

  private static int errno(MemorySegment state) {
    return (int) ERRNO.get(state, 0L);
  }
}
