package io.canopywave.tf.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.netty.shaded.io.netty.buffer.ByteBufAllocator;
import io.grpc.netty.shaded.io.netty.buffer.Unpooled;
import io.grpc.netty.shaded.io.netty.channel.embedded.EmbeddedChannel;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslHandler;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import org.junit.jupiter.api.Test;

class RpcExecutorTest {

  @Test
  void execute_ordinaryTask_runsOnThePool() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor(new DaemonThreads("test-pool"));
    try {
      CompletableFuture<String> ranOn = new CompletableFuture<>();

      new RpcExecutor(pool).execute(() -> ranOn.complete(Thread.currentThread().getName()));

      assertThat(ranOn.get(10, TimeUnit.SECONDS)).startsWith("test-pool");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void isHandshakeTask_theTasksAServerSslHandlerSubmitsForAClientHello_isTrue() throws Exception {
    ServerCertificate server = ServerCertificate.generate(Instant.now());
    var clientCertificate =
        ServerCertificate.selfSigned(Instant.now(), "secp521r1", "SHA512withECDSA").certificate();
    SSLEngine serverEngine =
        ServerTls.context(server, List.of(clientCertificate)).newEngine(ByteBufAllocator.DEFAULT);
    List<Runnable> submitted = new CopyOnWriteArrayList<>();
    EmbeddedChannel channel =
        new EmbeddedChannel(new SslHandler(serverEngine, false, submitted::add));
    try {
      channel.writeInbound(Unpooled.wrappedBuffer(clientHello()));

      assertThat(submitted).isNotEmpty().allMatch(RpcExecutor::isHandshakeTask);
      assertThat(RpcExecutor.isHandshakeTask(() -> {})).isFalse();
    } finally {
      channel.finishAndReleaseAll();
    }
  }

  private static ByteBuffer clientHello() throws Exception {
    SSLEngine client = SSLContext.getDefault().createSSLEngine("localhost", 443);
    client.setUseClientMode(true);
    ByteBuffer out = ByteBuffer.allocate(client.getSession().getPacketBufferSize());
    client.wrap(ByteBuffer.allocate(0), out);
    return out.flip();
  }
}
