// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments;

import dev.managedagents.deployments.model.CreateDeploymentParams;
import dev.managedagents.deployments.model.Deployment;
import dev.managedagents.deployments.model.DeploymentPage;
import dev.managedagents.deployments.model.DeploymentRun;
import dev.managedagents.deployments.model.DeploymentStatus;
import dev.managedagents.deployments.model.UpdateDeploymentParams;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Tag;

/**
 * The HTTP shape of every operation of {@link Deployments}: method, path, query and body. Retrofit
 * builds each request from it, tagged with the call's {@link Exchange}: the one context that the
 * call factory, the interceptors and the logs read the call's operation, settings and attempt from.
 *
 * <p>Internal: the facade calls it. Header parameters of the spec ({@code anthropic-version},
 * {@code anthropic-beta}, {@code anthropic-workspace-id}) are added to every request by the
 * client's interceptor.
 */
interface DeploymentsApi {

  /** Archive a deployment. One-way; an archived deployment no longer fires. */
  @POST("v1/deployments/{deployment_id}/archive")
  Call<Deployment> archiveDeployment(
      @Path("deployment_id") String deploymentId, @Tag Exchange<Deployment> call);

  /**
   * Create a deployment.
   *
   * <p>Not idempotent; retrying after the request reached the server can create a second
   * deployment.
   */
  @POST("v1/deployments")
  Call<Deployment> createDeployment(
      @Body CreateDeploymentParams createDeploymentParams, @Tag Exchange<Deployment> call);

  /** List deployments, newest first, one page at a time. */
  @GET("v1/deployments")
  Call<DeploymentPage> listDeployments(
      @Query("agent_id") @Nullable String agentId,
      @Query("created_at[gte]") @Nullable OffsetDateTime createdAtGte,
      @Query("created_at[lte]") @Nullable OffsetDateTime createdAtLte,
      @Query("include_archived") @Nullable Boolean includeArchived,
      @Query("status") @Nullable DeploymentStatus status,
      @Query("limit") @Nullable Integer limit,
      @Query("page") @Nullable String page,
      @Tag Exchange<DeploymentPage> call);

  /** Pause a deployment; its schedule stops firing until it is unpaused. */
  @POST("v1/deployments/{deployment_id}/pause")
  Call<Deployment> pauseDeployment(
      @Path("deployment_id") String deploymentId, @Tag Exchange<Deployment> call);

  /** Retrieve a deployment. */
  @GET("v1/deployments/{deployment_id}")
  Call<Deployment> retrieveDeployment(
      @Path("deployment_id") String deploymentId, @Tag Exchange<Deployment> call);

  /**
   * Run a deployment now, outside its schedule.
   *
   * <p>Not idempotent; retrying after the request reached the server can start a second run.
   */
  @POST("v1/deployments/{deployment_id}/run")
  Call<DeploymentRun> runDeployment(
      @Path("deployment_id") String deploymentId, @Tag Exchange<DeploymentRun> call);

  /** Unpause a paused deployment. */
  @POST("v1/deployments/{deployment_id}/unpause")
  Call<Deployment> unpauseDeployment(
      @Path("deployment_id") String deploymentId, @Tag Exchange<Deployment> call);

  /**
   * Update a deployment with a patch.
   *
   * <p>Omitted fields keep their stored value; `{}` is a valid no-op. A field set to `null` is
   * cleared, and a `metadata` entry set to `null` is deleted. An archived deployment cannot be
   * updated (409).
   */
  @POST("v1/deployments/{deployment_id}")
  Call<Deployment> updateDeployment(
      @Path("deployment_id") String deploymentId,
      @Body UpdateDeploymentParams updateDeploymentParams,
      @Tag Exchange<Deployment> call);
}
