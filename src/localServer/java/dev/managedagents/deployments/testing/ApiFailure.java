package dev.managedagents.deployments.testing;

/** A refusal the server answers with the documented error envelope. */
final class ApiFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final int status;
  final String errorType;

  ApiFailure(int status, String errorType, String message) {
    super(message, null, false, false);
    this.status = status;
    this.errorType = errorType;
  }

  /** 400 naming the field ({@code path}) and what is wrong with it. */
  static ApiFailure invalid(String path, String problem) {
    return new ApiFailure(400, "invalid_request_error", path.isEmpty() ? problem : path + ": " + problem);
  }

  static ApiFailure notFound(String message) {
    return new ApiFailure(404, "not_found_error", message);
  }

  static ApiFailure conflict(String message) {
    return new ApiFailure(409, "conflict_error", message);
  }
}
