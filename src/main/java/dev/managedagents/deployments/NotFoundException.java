package dev.managedagents.deployments;

/** Status 404: an ID is unknown (the deployment, the run, or something it refers to). */
public final class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  NotFoundException(ErrorResponse response, String message) {
    super(response, message);
  }
}
