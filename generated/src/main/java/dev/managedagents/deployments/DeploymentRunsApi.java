// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments;

import dev.managedagents.deployments.model.DeploymentRun;
import dev.managedagents.deployments.model.DeploymentRunPage;
import dev.managedagents.deployments.model.TriggerType;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Tag;

/**
 * The HTTP shape of every operation of {@link DeploymentRuns}: method, path, query and body.
 * Retrofit builds each request from it, tagged with the call's {@link Exchange}: the one context
 * that the call factory, the interceptors and the logs read the call's operation, settings and
 * attempt from.
 *
 * <p>Internal: the facade calls it. Header parameters of the spec ({@code anthropic-version},
 * {@code anthropic-beta}, {@code anthropic-workspace-id}) are added to every request by the
 * client's interceptor.
 */
interface DeploymentRunsApi {

  /** List deployment runs, newest first, one page at a time. */
  @GET("v1/deployment_runs")
  Call<DeploymentRunPage> listDeploymentRuns(
      @Query("deployment_id") @Nullable String deploymentId,
      @Query("created_at[gt]") @Nullable OffsetDateTime createdAtGt,
      @Query("created_at[gte]") @Nullable OffsetDateTime createdAtGte,
      @Query("created_at[lt]") @Nullable OffsetDateTime createdAtLt,
      @Query("created_at[lte]") @Nullable OffsetDateTime createdAtLte,
      @Query("has_error") @Nullable Boolean hasError,
      @Query("trigger_type") @Nullable TriggerType triggerType,
      @Query("limit") @Nullable Integer limit,
      @Query("page") @Nullable String page,
      @Tag Exchange<DeploymentRunPage> call);

  /** Retrieve a deployment run. */
  @GET("v1/deployment_runs/{deployment_run_id}")
  Call<DeploymentRun> retrieveDeploymentRun(
      @Path("deployment_run_id") String deploymentRunId, @Tag Exchange<DeploymentRun> call);
}
