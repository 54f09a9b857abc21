package dev.managedagents.deployments;

/** Status 401: the API key is missing or wrong. */
public final class AuthenticationException extends ApiException {
  private static final long serialVersionUID = 1L;

  AuthenticationException(ErrorResponse response, String message) {
    super(response, message);
  }
}
