package io.canopywave.tf.plugin;

import io.canopywave.tf.plugin.goplugin.GRPCBrokerGrpc;
import io.canopywave.tf.plugin.goplugin.GrpcBrokerProto.ConnInfo;
import io.grpc.stub.StreamObserver;

/**
 * {@code plugin.GRPCBroker}: lets plugins open extra connections, which a provider never needs.
 * The client opens the stream anyway; it is accepted and its messages ignored.
 */
final class BrokerService extends GRPCBrokerGrpc.GRPCBrokerImplBase {
  private final OpenStreams open;

  BrokerService(OpenStreams open) {
    this.open = open;
  }

  @Override
  public StreamObserver<ConnInfo> startStream(StreamObserver<ConnInfo> responses) {
    open.add(responses);
    return new StreamObserver<>() {
      @Override
      public void onNext(ConnInfo ignored) {}

      @Override
      public void onError(Throwable cancelled) {
        open.remove(responses);
      }

      @Override
      public void onCompleted() {
        open.remove(responses);
        responses.onCompleted();
      }
    };
  }
}
