package dev.managedagents.deployments;

/** Status 422: well-formed but invalid, for example a bad cron expression. */
public final class UnprocessableEntityException extends ApiException {
  private static final long serialVersionUID = 1L;

  UnprocessableEntityException(ErrorResponse response, String message) {
    super(response, message);
  }
}
