package dev.managedagents.deployments.testing;

import java.util.List;

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

  /** 400 for a value that is not one of those the spec lists. */
  static ApiFailure notOneOf(String path, String value, List<String> allowed) {
    return invalid(path, "\"" + value + "\" is not one of " + String.join(", ", allowed));
  }

  static ApiFailure notFound(String message) {
    return new ApiFailure(404, "not_found_error", message);
  }

  static ApiFailure conflict(String message) {
    return new ApiFailure(409, "conflict_error", message);
  }
}
