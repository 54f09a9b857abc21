// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments;

/**
 * Every operation of the spec, with what the client must know of it on the way out: which request
 * it is, and whether sending it twice is safe. A request carries its operation from the facade
 * method that made it, so that retries, messages and logs never guess it from the URL.
 */
enum Operation {
  /** Archive a deployment. One-way; an archived deployment no longer fires. */
  ARCHIVE_DEPLOYMENT("archiveDeployment", "POST", "v1/deployments/{deployment_id}/archive", true),
  /** Create a deployment. */
  CREATE_DEPLOYMENT("createDeployment", "POST", "v1/deployments", false),
  /** List deployment runs, newest first, one page at a time. */
  LIST_DEPLOYMENT_RUNS("listDeploymentRuns", "GET", "v1/deployment_runs", true),
  /** List deployments, newest first, one page at a time. */
  LIST_DEPLOYMENTS("listDeployments", "GET", "v1/deployments", true),
  /** Pause a deployment; its schedule stops firing until it is unpaused. */
  PAUSE_DEPLOYMENT("pauseDeployment", "POST", "v1/deployments/{deployment_id}/pause", true),
  /** Retrieve a deployment. */
  RETRIEVE_DEPLOYMENT("retrieveDeployment", "GET", "v1/deployments/{deployment_id}", true),
  /** Retrieve a deployment run. */
  RETRIEVE_DEPLOYMENT_RUN(
      "retrieveDeploymentRun", "GET", "v1/deployment_runs/{deployment_run_id}", true),
  /** Run a deployment now, outside its schedule. */
  RUN_DEPLOYMENT("runDeployment", "POST", "v1/deployments/{deployment_id}/run", false),
  /** Unpause a paused deployment. */
  UNPAUSE_DEPLOYMENT("unpauseDeployment", "POST", "v1/deployments/{deployment_id}/unpause", true),
  /** Update a deployment with a patch. */
  UPDATE_DEPLOYMENT("updateDeployment", "POST", "v1/deployments/{deployment_id}", true);

  /** The spec's {@code operationId}. */
  final String id;

  /** The HTTP method. */
  final String method;

  /** The path template, relative to the base URL. */
  final String path;

  /**
   * False for the operations marked {@code x-non-idempotent}: once such a request may have reached
   * the server, sending it again can make it happen twice.
   */
  final boolean idempotent;

  Operation(String id, String method, String path, boolean idempotent) {
    this.id = id;
    this.method = method;
    this.path = path;
    this.idempotent = idempotent;
  }

  /** Names the operation as the spec does, with its method and path. */
  @Override
  public String toString() {
    return id + " (" + method + " /" + path + ")";
  }
}
