package io.canopywave.tf.plugin;

import io.grpc.stub.StreamObserver;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server streams the client keeps open for the life of the process (stdio, broker). They are
 * completed at shutdown so that a graceful server stop does not wait for them.
 */
final class OpenStreams {
  private final Set<StreamObserver<?>> streams = ConcurrentHashMap.newKeySet();

  void add(StreamObserver<?> stream) {
    streams.add(stream);
  }

  void remove(StreamObserver<?> stream) {
    streams.remove(stream);
  }

  void completeAll() {
    for (StreamObserver<?> stream : streams) {
      try {
        stream.onCompleted();
      } catch (RuntimeException e) {
        // Already cancelled by the client: nothing left to complete.
      }
    }
    streams.clear();
  }
}
