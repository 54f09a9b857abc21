// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments;

import dev.managedagents.deployments.model.CreateDeploymentParams;
import dev.managedagents.deployments.model.Deployment;
import dev.managedagents.deployments.model.DeploymentPage;
import dev.managedagents.deployments.model.DeploymentRun;
import dev.managedagents.deployments.model.DeploymentRunPage;
import dev.managedagents.deployments.model.DeploymentStatus;
import dev.managedagents.deployments.model.TriggerType;
import dev.managedagents.deployments.model.UpdateDeploymentParams;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The HTTP shape of every Deployments operation: method, path, query and body. Retrofit builds each
 * request from it; {@code ApiCall.Factory} tags each method with its {@code Operation}.
 *
 * <p>Internal: the client calls it. Header parameters of the spec ({@code anthropic-version},
 * {@code anthropic-beta}, {@code anthropic-workspace-id}) are added to every request by the
 * client's interceptor.
 */
interface DeploymentsApi {
  /** The API version this interface was generated from; sent as {@code anthropic-version}. */
  String API_VERSION = "2026-10-21";

  /** Archive a deployment. One-way; an archived deployment no longer fires. */
  @POST("v1/deployments/{deployment_id}/archive")
  ApiCall<Deployment> archiveDeployment(@Path("deployment_id") String deploymentId);

  /**
   * Create a deployment.
   *
   * <p>Not idempotent; retrying after the request reached the server can create a second
   * deployment.
   */
  @POST("v1/deployments")
  ApiCall<Deployment> createDeployment(@Body CreateDeploymentParams createDeploymentParams);

  /** List deployment runs, newest first, one page at a time. */
  @GET("v1/deployment_runs")
  ApiCall<DeploymentRunPage> listDeploymentRuns(
      @Query("deployment_id") @Nullable String deploymentId,
      @Query("created_at[gt]") @Nullable OffsetDateTime createdAtGt,
      @Query("created_at[gte]") @Nullable OffsetDateTime createdAtGte,
      @Query("created_at[lt]") @Nullable OffsetDateTime createdAtLt,
      @Query("created_at[lte]") @Nullable OffsetDateTime createdAtLte,
      @Query("has_error") @Nullable Boolean hasError,
      @Query("trigger_type") @Nullable TriggerType triggerType,
      @Query("limit") @Nullable Integer limit,
      @Query("page") @Nullable String page);

  /** List deployments, newest first, one page at a time. */
  @GET("v1/deployments")
  ApiCall<DeploymentPage> listDeployments(
      @Query("agent_id") @Nullable String agentId,
      @Query("created_at[gte]") @Nullable OffsetDateTime createdAtGte,
      @Query("created_at[lte]") @Nullable OffsetDateTime createdAtLte,
      @Query("include_archived") @Nullable Boolean includeArchived,
      @Query("status") @Nullable DeploymentStatus status,
      @Query("limit") @Nullable Integer limit,
      @Query("page") @Nullable String page);

  /** Pause a deployment; its schedule stops firing until it is unpaused. */
  @POST("v1/deployments/{deployment_id}/pause")
  ApiCall<Deployment> pauseDeployment(@Path("deployment_id") String deploymentId);

  /** Retrieve a deployment. */
  @GET("v1/deployments/{deployment_id}")
  ApiCall<Deployment> retrieveDeployment(@Path("deployment_id") String deploymentId);

  /** Retrieve a deployment run. */
  @GET("v1/deployment_runs/{deployment_run_id}")
  ApiCall<DeploymentRun> retrieveDeploymentRun(@Path("deployment_run_id") String deploymentRunId);

  /**
   * Run a deployment now, outside its schedule.
   *
   * <p>Not idempotent; retrying after the request reached the server can start a second run.
   */
  @POST("v1/deployments/{deployment_id}/run")
  ApiCall<DeploymentRun> runDeployment(@Path("deployment_id") String deploymentId);

  /** Unpause a paused deployment. */
  @POST("v1/deployments/{deployment_id}/unpause")
  ApiCall<Deployment> unpauseDeployment(@Path("deployment_id") String deploymentId);

  /**
   * Update a deployment with a patch.
   *
   * <p>Omitted fields keep their stored value; `{}` is a valid no-op. An archived deployment cannot
   * be updated (409).
   */
  @POST("v1/deployments/{deployment_id}")
  ApiCall<Deployment> updateDeployment(
      @Path("deployment_id") String deploymentId,
      @Body UpdateDeploymentParams updateDeploymentParams);
}
