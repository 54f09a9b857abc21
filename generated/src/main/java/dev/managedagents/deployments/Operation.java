// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Every operation of the spec, with what the client must know of it on the way out: which request
 * it is, and whether sending it twice is safe. A request carries its operation from the facade
 * method that made it, so that retries, messages and logs never guess it from the URL.
 */
enum Operation {
  /** Archive a deployment. One-way; an archived deployment no longer fires. */
  ARCHIVE_DEPLOYMENT(
      "archiveDeployment", "POST", "v1/deployments/{deployment_id}/archive", true, null),
  /** Create a deployment. */
  CREATE_DEPLOYMENT("createDeployment", "POST", "v1/deployments", false, "CreateDeploymentParams"),
  /** List deployment runs, newest first, one page at a time. */
  LIST_DEPLOYMENT_RUNS(
      "listDeploymentRuns",
      "GET",
      "v1/deployment_runs",
      true,
      null,
      new QueryParameter("deployment_id"),
      new QueryParameter("created_at[gt]"),
      new QueryParameter("created_at[gte]"),
      new QueryParameter("created_at[lt]"),
      new QueryParameter("created_at[lte]"),
      new QueryParameter("has_error"),
      new QueryParameter("trigger_type"),
      new QueryParameter("limit", 1, 1000),
      new QueryParameter("page")),
  /** List deployments, newest first, one page at a time. */
  LIST_DEPLOYMENTS(
      "listDeployments",
      "GET",
      "v1/deployments",
      true,
      null,
      new QueryParameter("agent_id"),
      new QueryParameter("created_at[gte]"),
      new QueryParameter("created_at[lte]"),
      new QueryParameter("include_archived"),
      new QueryParameter("status"),
      new QueryParameter("limit", 1, 100),
      new QueryParameter("page")),
  /** Pause a deployment; its schedule stops firing until it is unpaused. */
  PAUSE_DEPLOYMENT("pauseDeployment", "POST", "v1/deployments/{deployment_id}/pause", true, null),
  /** Retrieve a deployment. */
  RETRIEVE_DEPLOYMENT("retrieveDeployment", "GET", "v1/deployments/{deployment_id}", true, null),
  /** Retrieve a deployment run. */
  RETRIEVE_DEPLOYMENT_RUN(
      "retrieveDeploymentRun", "GET", "v1/deployment_runs/{deployment_run_id}", true, null),
  /** Run a deployment now, outside its schedule. */
  RUN_DEPLOYMENT("runDeployment", "POST", "v1/deployments/{deployment_id}/run", false, null),
  /** Unpause a paused deployment. */
  UNPAUSE_DEPLOYMENT(
      "unpauseDeployment", "POST", "v1/deployments/{deployment_id}/unpause", true, null),
  /** Update a deployment with a patch. */
  UPDATE_DEPLOYMENT(
      "updateDeployment", "POST", "v1/deployments/{deployment_id}", true, "UpdateDeploymentParams");

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

  /** The request body's model, or {@code null} when the operation sends none. */
  final @Nullable String body;

  /**
   * The {@code x-secret} properties the request body can hold, at any depth: the values the
   * request's redactor masks in logs and messages.
   */
  final Set<String> secretProperties;

  /** The query parameters of the spec, by name. */
  final Map<String, QueryParameter> queryParameters;

  Operation(
      String id,
      String method,
      String path,
      boolean idempotent,
      @Nullable String body,
      QueryParameter... queryParameters) {
    this.id = id;
    this.method = method;
    this.path = path;
    this.idempotent = idempotent;
    this.body = body;
    this.secretProperties =
        body == null ? Collections.<String>emptySet() : SecretProperties.reachableFrom(body);
    Map<String, QueryParameter> byName = new LinkedHashMap<>();
    for (QueryParameter parameter : queryParameters) {
      byName.put(parameter.name, parameter);
    }
    this.queryParameters = Collections.unmodifiableMap(byName);
  }

  /** Names the operation as the spec does, with its method and path. */
  @Override
  public String toString() {
    return id + " (" + method + " /" + path + ")";
  }

  /** A query parameter of the spec; an integer one with its allowed range. */
  static final class QueryParameter {
    final String name;
    final int minimum;
    final int maximum;

    QueryParameter(String name) {
      this(name, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    QueryParameter(String name, int minimum, int maximum) {
      this.name = name;
      this.minimum = minimum;
      this.maximum = maximum;
    }
  }
}
