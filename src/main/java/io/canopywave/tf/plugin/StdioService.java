package io.canopywave.tf.plugin;

import com.google.protobuf.Empty;
import io.canopywave.tf.plugin.goplugin.GRPCStdioGrpc;
import io.canopywave.tf.plugin.goplugin.GrpcStdioProto.StdioData;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;

/**
 * {@code plugin.GRPCStdio}: the client asks for our stdout and stderr through it, but only logs a
 * warning for whatever arrives. Logs go to the real stderr instead, so the stream stays open and
 * silent until shutdown.
 */
final class StdioService extends GRPCStdioGrpc.GRPCStdioImplBase {
  private final OpenStreams open;

  StdioService(OpenStreams open) {
    this.open = open;
  }

  @Override
  public void streamStdio(Empty request, StreamObserver<StdioData> responses) {
    open.add(responses);
    if (responses instanceof ServerCallStreamObserver<StdioData> call) {
      call.setOnCancelHandler(() -> open.remove(responses));
    }
  }
}
