// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.testing;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Every operation of the spec as the local server routes it: its method and path template, and the
 * spec's range and default of a list's {@code limit}. An operation added to the spec appears here
 * at the next build; until the server implements it, it answers 501.
 */
enum Route {
  /** List deployment runs, newest first, one page at a time. */
  LIST_DEPLOYMENT_RUNS("listDeploymentRuns", "GET", "v1/deployment_runs", 1, 1000, 20),
  /** Retrieve a deployment run. */
  RETRIEVE_DEPLOYMENT_RUN("retrieveDeploymentRun", "GET", "v1/deployment_runs/{deployment_run_id}"),
  /** Archive a deployment. One-way; an archived deployment no longer fires. */
  ARCHIVE_DEPLOYMENT("archiveDeployment", "POST", "v1/deployments/{deployment_id}/archive"),
  /** Create a deployment. */
  CREATE_DEPLOYMENT("createDeployment", "POST", "v1/deployments"),
  /** List deployments, newest first, one page at a time. */
  LIST_DEPLOYMENTS("listDeployments", "GET", "v1/deployments", 1, 100, 20),
  /** Pause a deployment; its schedule stops firing until it is unpaused. */
  PAUSE_DEPLOYMENT("pauseDeployment", "POST", "v1/deployments/{deployment_id}/pause"),
  /** Retrieve a deployment. */
  RETRIEVE_DEPLOYMENT("retrieveDeployment", "GET", "v1/deployments/{deployment_id}"),
  /** Run a deployment now, outside its schedule. */
  RUN_DEPLOYMENT("runDeployment", "POST", "v1/deployments/{deployment_id}/run"),
  /** Unpause a paused deployment. */
  UNPAUSE_DEPLOYMENT("unpauseDeployment", "POST", "v1/deployments/{deployment_id}/unpause"),
  /** Update a deployment with a patch. */
  UPDATE_DEPLOYMENT("updateDeployment", "POST", "v1/deployments/{deployment_id}"),
  ;

  /** The spec's {@code operationId}. */
  final String id;

  /** The HTTP method. */
  final String method;

  /**
   * The smallest, largest and default page size of a list; 0 for an operation that is not a list.
   */
  final int minLimit;

  final int maxLimit;
  final int defaultLimit;

  private final String[] template;

  /** {@code limit}: the smallest, largest and default page size, for a list. */
  Route(String id, String method, String path, int... limit) {
    this.id = id;
    this.method = method;
    this.template = path.split("/");
    this.minLimit = limit.length == 3 ? limit[0] : 0;
    this.maxLimit = limit.length == 3 ? limit[1] : 0;
    this.defaultLimit = limit.length == 3 ? limit[2] : 0;
  }

  /**
   * The path parameters, in order, when {@code segments} (already percent-decoded) match this
   * route's path whatever the method, or {@code null} when they do not.
   */
  @Nullable List<String> match(List<String> segments) {
    if (segments.size() != template.length) {
      return null;
    }
    List<String> parameters = new ArrayList<>();
    for (int i = 0; i < template.length; i++) {
      if (template[i].startsWith("{")) {
        parameters.add(segments.get(i));
      } else if (!template[i].equals(segments.get(i))) {
        return null;
      }
    }
    return parameters;
  }
}
