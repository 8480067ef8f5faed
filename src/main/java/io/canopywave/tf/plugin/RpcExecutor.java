package io.canopywave.tf.plugin;

import io.grpc.netty.shaded.io.netty.handler.ssl.SslHandler;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;

/**
 * The executor the gRPC server gets: calls run on the pool, but the TLS handshake's tasks, which
 * grpc-java hands to the same executor, run at once on the I/O thread that asks for them. A
 * handshake passes work between the threads several times; on a busy machine each pass waits
 * for a core, and the client's connection is the one thing the launch is waiting for.
 */
final class RpcExecutor implements Executor {
  private final ExecutorService pool;

  RpcExecutor(ExecutorService pool) {
    this.pool = pool;
  }

  @Override
  public void execute(Runnable task) {
    if (isHandshakeTask(task)) {
      task.run();
    } else {
      pool.execute(task);
    }
  }

  /** Netty submits the engine's delegated tasks as a runner class nested in SslHandler. */
  static boolean isHandshakeTask(Runnable task) {
    return task.getClass().getEnclosingClass() == SslHandler.class;
  }
}
