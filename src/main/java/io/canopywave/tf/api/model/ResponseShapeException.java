package io.canopywave.tf.api.model;

/**
 * A success answer whose JSON does not have the shape the client expects. The client turns it
 * into an {@code ApiException} that names the endpoint.
 */
public final class ResponseShapeException extends RuntimeException {
  public ResponseShapeException(String message) {
    super(message, null, false, false);
  }
}
