package io.canopywave.tf.bench;

import io.grpc.MethodDescriptor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The few unary calls the driver makes, as raw bytes: the same driver then speaks to a
 * protocol-6 provider (ours) and a protocol-5 one (the peer) without both sets of stubs.
 * Every request here is an empty message, whose encoding is zero bytes in any protocol.
 */
final class RawRpc {

  static final byte[] EMPTY_MESSAGE = new byte[0];

  private static final MethodDescriptor.Marshaller<byte[]> BYTES =
      new MethodDescriptor.Marshaller<>() {
        @Override
        public InputStream stream(byte[] value) {
          return new ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(InputStream stream) {
          try (stream) {
            return stream.readAllBytes();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      };

  static final MethodDescriptor<byte[], byte[]> SHUTDOWN = unary("plugin.GRPCController/Shutdown");

  private RawRpc() {}

  /** GetProviderSchema of the protocol the provider announced in its handshake. */
  static MethodDescriptor<byte[], byte[]> providerSchema(int protocolVersion) {
    return switch (protocolVersion) {
      case 5 -> unary("tfplugin5.Provider/GetSchema");
      case 6 -> unary("tfplugin6.Provider/GetProviderSchema");
      default -> throw new IllegalStateException("unknown plugin protocol " + protocolVersion);
    };
  }

  private static MethodDescriptor<byte[], byte[]> unary(String fullName) {
    return MethodDescriptor.<byte[], byte[]>newBuilder()
        .setType(MethodDescriptor.MethodType.UNARY)
        .setFullMethodName(fullName)
        .setRequestMarshaller(BYTES)
        .setResponseMarshaller(BYTES)
        .build();
  }
}
