package io.canopywave.tf.simulator;

/**
 * A refusal the simulated API answers as {@code {"error": message}} with a 4xx status.
 *
 * <p>Messages follow the conventions the client classifies by: "not found" only for unknown
 * object ids, "already exists" for duplicates, "in use" and "not associated" for conflicts.
 */
final class ApiError extends RuntimeException {
  private final int status;

  private ApiError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }

  static ApiError badRequest(String message) {
    return new ApiError(400, message);
  }

  static ApiError notFound(String message) {
    return new ApiError(404, message);
  }

  static ApiError conflict(String message) {
    return new ApiError(409, message);
  }

  static ApiError of(int status, String message) {
    return new ApiError(status, message);
  }
}
