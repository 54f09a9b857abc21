package dev.managedagents.deployments;

/** Status 429: too many requests; retried automatically within the retry budget. */
public final class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  RateLimitException(ErrorResponse response, String message) {
    super(response, message);
  }
}
