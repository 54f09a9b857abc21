package dev.managedagents.deployments;

/** Status 409: the request conflicts with the resource's state, for example it is archived. */
public final class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  ConflictException(ErrorResponse response, String message) {
    super(response, message);
  }
}
