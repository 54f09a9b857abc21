package dev.managedagents.deployments;

/** Status 403: the API key may not do this. */
public final class PermissionDeniedException extends ApiException {
  private static final long serialVersionUID = 1L;

  PermissionDeniedException(ErrorResponse response, String message) {
    super(response, message);
  }
}
