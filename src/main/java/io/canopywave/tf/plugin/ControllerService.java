package io.canopywave.tf.plugin;

import io.canopywave.tf.plugin.goplugin.GRPCControllerGrpc;
import io.canopywave.tf.plugin.goplugin.GrpcControllerProto.Empty;
import io.grpc.stub.StreamObserver;

/**
 * {@code plugin.GRPCController/Shutdown}: the client is done with this process. It waits two
 * seconds for us to exit before killing us, so we answer and then stop at once.
 */
final class ControllerService extends GRPCControllerGrpc.GRPCControllerImplBase {
  private final Runnable stop;

  ControllerService(Runnable stop) {
    this.stop = stop;
  }

  @Override
  public void shutdown(Empty request, StreamObserver<Empty> response) {
    response.onNext(Empty.getDefaultInstance());
    response.onCompleted();
    stop.run();
  }
}
