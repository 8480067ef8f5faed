package io.canopywave.tf.protocol;

import com.google.protobuf.Descriptors;
import com.google.protobuf.Message;
import io.canopywave.tf.cancel.Cancellation;
import io.canopywave.tf.protocol.tfplugin6.Tfplugin6;
import io.canopywave.tf.schema.Diagnostic;
import io.canopywave.tf.schema.Diagnostics;
import io.canopywave.tf.spi.ClientCapabilities;
import io.canopywave.tf.spi.DiagnosticException;
import io.canopywave.tf.spi.Operation;
import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Serves one unary RPC: logs it, runs the handler with a fresh {@link Operation}, turns anything
 * the handler throws into an error diagnostic, and always answers with a response, never a gRPC
 * error (core would show a bare "Plugin error" instead of the diagnostic).
 */
final class RpcGuard {
  private static final int MAX_MESSAGE_CHARS = 500;

  private final RpcLog log;
  private final Supplier<Cancellation> cancellation;
  private final UnaryOperator<String> redactor;

  RpcGuard(RpcLog log, Supplier<Cancellation> cancellation, UnaryOperator<String> redactor) {
    this.log = log;
    this.cancellation = cancellation;
    this.redactor = redactor;
  }

  /**
   * Runs {@code handler} and answers its response plus every diagnostic of the operation.
   *
   * @param empty the response sent when the handler failed before producing one; every guarded
   *     response type has a repeated {@code diagnostics} field
   */
  <R extends Message> void serve(String typeKey, String typeName,
      ClientCapabilities capabilities, StreamObserver<R> responses, R empty,
      Function<Call, R> handler) {
    // Each response type is nested in a message named after its RPC.
    String rpc = empty.getDescriptorForType().getContainingType().getName();
    Operation op = new Operation(new Diagnostics(), capabilities, cancellation.get());
    Call call = new Call(rpc, typeKey, typeName, UUID.randomUUID().toString(), op);
    long started = System.nanoTime();
    log.trace("Received request", call.fields());
    R response;
    try {
      response = handler.apply(call);
    } catch (Exception | StackOverflowError | AssertionError | LinkageError e) {
      // Sneaky checked exceptions and programming errors too; only resource exhaustion such as
      // OutOfMemoryError is left to end the call with a gRPC error.
      op.diagnostics().add(diagnosticFor(e, call));
      response = empty;
    }
    List<Diagnostic> diagnostics = op.diagnostics().list();
    R answer = withDiagnostics(response, DiagnosticConverter.toProto(diagnostics));
    Map<String, Object> fields = call.fields();
    fields.put("diagnostic_error_count", diagnostics.stream().filter(Diagnostic::isError).count());
    fields.put("duration_ms", (System.nanoTime() - started) / 1_000_000);
    // Logged before answering, so the line is written by the time the client has the answer.
    log.trace("Served request", fields);
    responses.onNext(answer);
    responses.onCompleted();
  }

  @SuppressWarnings("unchecked")
  private static <R extends Message> R withDiagnostics(R response,
      List<Tfplugin6.Diagnostic> diagnostics) {
    if (diagnostics.isEmpty()) {
      return response;
    }
    Descriptors.FieldDescriptor field =
        response.getDescriptorForType().findFieldByName("diagnostics");
    Message.Builder builder = response.toBuilder();
    diagnostics.forEach(d -> builder.addRepeatedField(field, d));
    return (R) builder.build();
  }

  private Diagnostic diagnosticFor(Throwable e, Call call) {
    return switch (e) {
      case DiagnosticException known -> known.diagnostic();
      case Cancellation.CancelledException cancelled -> Diagnostic.error("Operation cancelled",
          "The client asked the provider to stop (for example after an interrupt) before this "
              + "operation finished. The remote object may be left in an intermediate state; "
              + "the next refresh reads what exists.");
      default -> internalError(e, call);
    };
  }

  private Diagnostic internalError(Throwable e, Call call) {
    String message = describe(e);
    log.error("Internal error in the provider", call.fields("error", message));
    return Diagnostic.error("Internal error in the provider",
        "The provider failed unexpectedly while serving " + call.rpc() + ": " + message
            + ". This is a bug in the provider; please report it with the steps that led here.");
  }

  /** Class and message, without a stack trace, with secrets masked, and bounded in size. */
  private String describe(Throwable e) {
    String message = e.getMessage() == null ? "" : redactor.apply(e.getMessage());
    if (message.length() > MAX_MESSAGE_CHARS) {
      message = message.substring(0, MAX_MESSAGE_CHARS) + "...";
    }
    String name = e.getClass().getName();
    return message.isEmpty() ? name : name + ": " + message;
  }
}
