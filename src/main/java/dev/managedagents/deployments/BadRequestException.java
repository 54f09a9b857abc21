package dev.managedagents.deployments;

/** Status 400: the request's parameters or cursor were not accepted. */
public final class BadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  BadRequestException(ErrorResponse response, String message) {
    super(response, message);
  }
}
