package io.canopywave.tf.plugin;

import io.grpc.ForwardingServerCall.SimpleForwardingServerCall;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Timestamps of one launch's phases, for measuring start-up: with the system property
 * {@value #PROPERTY} set (through CANOPYWAVE_PROVIDER_JAVA_OPTS), each phase prints a line
 * {@code canopywave-launch PHASE EPOCH_MICROS} on stderr. The epoch lets a caller subtract its
 * own exec time. Off by default, when it costs one property read.
 */
final class LaunchTrace {
  static final String PROPERTY = "canopywave.launch.trace";
  private static final boolean ENABLED = System.getProperty(PROPERTY) != null;

  private LaunchTrace() {}

  static boolean enabled() {
    return ENABLED;
  }

  static void mark(String phase) {
    if (ENABLED) {
      Instant now = Instant.now();
      long micros = now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
      System.err.println("canopywave-launch " + phase + " " + micros);
    }
  }

  /** Marks the arrival and the answer of the first call the server receives. */
  static ServerInterceptor firstCall() {
    AtomicBoolean seen = new AtomicBoolean();
    return new ServerInterceptor() {
      @Override
      public <Q, A> ServerCall.Listener<Q> interceptCall(
          ServerCall<Q, A> call, Metadata headers, ServerCallHandler<Q, A> next) {
        if (seen.getAndSet(true)) {
          return next.startCall(call, headers);
        }
        String method = call.getMethodDescriptor().getBareMethodName();
        mark("first-rpc-received:" + method);
        return next.startCall(
            new SimpleForwardingServerCall<>(call) {
              @Override
              public void close(Status status, Metadata trailers) {
                super.close(status, trailers);
                mark("first-rpc-answered:" + method);
              }
            },
            headers);
      }
    };
  }
}
