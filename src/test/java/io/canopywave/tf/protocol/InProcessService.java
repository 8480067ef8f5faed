package io.canopywave.tf.protocol;

import io.canopywave.tf.protocol.tfplugin6.ProviderGrpc;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6;
import io.canopywave.tf.spi.Provider;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import io.canopywave.tf.value.Msgpack;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/** A {@link ProviderService} served in-process, with a client stub and a recorded log. */
final class InProcessService implements AutoCloseable {
  record LogEvent(String level, String message, Map<String, Object> fields) {}

  final List<LogEvent> log = new CopyOnWriteArrayList<>();
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final Server server;
  private final ManagedChannel channel;

  InProcessService(Provider provider, UnaryOperator<String> redactor) {
    RpcLog recording = new RpcLog() {
      @Override
      public void trace(String message, Map<String, Object> fields) {
        log.add(new LogEvent("trace", message, fields));
      }

      @Override
      public void error(String message, Map<String, Object> fields) {
        log.add(new LogEvent("error", message, fields));
      }
    };
    String name = InProcessServerBuilder.generateName();
    try {
      server = InProcessServerBuilder.forName(name)
          .executor(executor)
          .addService(new ProviderService(provider, recording, redactor))
          .build()
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    channel = InProcessChannelBuilder.forName(name).build();
  }

  InProcessService(Provider provider) {
    this(provider, UnaryOperator.identity());
  }

  /** A blocking stub whose calls fail after 10 s instead of hanging the test run. */
  ProviderGrpc.ProviderBlockingStub client() {
    return ProviderGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS);
  }

  static Tfplugin6.DynamicValue dynamic(CtyValue value, CtyType type) {
    return Tfplugin6.DynamicValue.newBuilder()
        .setMsgpack(com.google.protobuf.ByteString.copyFrom(Msgpack.encode(value, type)))
        .build();
  }

  static CtyValue value(Tfplugin6.DynamicValue dynamic, CtyType type) {
    return Msgpack.decode(dynamic.getMsgpack().toByteArray(), type);
  }

  @Override
  public void close() throws InterruptedException {
    channel.shutdownNow();
    server.shutdownNow();
    server.awaitTermination(5, TimeUnit.SECONDS);
    executor.shutdownNow();
  }
}
