package dev.managedagents.deployments;

/** Status 5xx (including 529, overloaded): the server failed; retried automatically within the retry budget. */
public final class InternalServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  InternalServerException(ErrorResponse response, String message) {
    super(response, message);
  }
}
