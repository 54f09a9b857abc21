// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments;

import dev.managedagents.deployments.model.DeploymentRun;
import dev.managedagents.deployments.model.DeploymentRunPage;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import retrofit2.Call;

/**
 * List and retrieve deployment runs. Each operation has a blocking form and an {@code ...Async}
 * form whose future can be cancelled. Thread-safe.
 */
public final class DeploymentRuns {
  private final Transport transport;
  private final DeploymentRunsApi api;

  DeploymentRuns(Transport transport) {
    this(transport, transport.api(DeploymentRunsApi.class));
  }

  private DeploymentRuns(Transport transport, DeploymentRunsApi api) {
    this.transport = transport;
    this.api = api;
  }

  /** Returns a view of this service whose calls use {@code options}; this one is unchanged. */
  public DeploymentRuns withOptions(RequestOptions options) {
    return new DeploymentRuns(transport.withOptions(options), api);
  }

  /**
   * Makes the call {@code call} makes on this service, and returns its result with the answer's
   * status, headers and request ID; for example {@code withResponse(s -> s.retrieve(id))}. The
   * function makes one call; with more, the answer is the last one's.
   */
  public <T> ApiResponse<T> withResponse(Function<DeploymentRuns, T> call) {
    ResponseCapture capture = new ResponseCapture();
    return capture.response(call.apply(new DeploymentRuns(transport.withListener(capture), api)));
  }

  /**
   * {@link #withResponse} without blocking: {@code withResponseAsync(s -> s.retrieveAsync(id))}.
   * Cancelling the future cancels the call.
   */
  public <T> CompletableFuture<ApiResponse<T>> withResponseAsync(
      Function<DeploymentRuns, CompletableFuture<T>> call) {
    ResponseCapture capture = new ResponseCapture();
    return capture.responseAsync(
        call.apply(new DeploymentRuns(transport.withListener(capture), api)));
  }

  /**
   * List deployment runs, newest first, one page at a time. The first page, with the server's
   * defaults.
   */
  public Page<DeploymentRun> list() {
    return list(ListDeploymentRunsParams.builder().build());
  }

  /**
   * List deployment runs, newest first, one page at a time. The page that {@code params} selects.
   */
  public Page<DeploymentRun> list(ListDeploymentRunsParams params) {
    BlockingExchange<DeploymentRunPage> call =
        new BlockingExchange<>(transport, Operation.LIST_DEPLOYMENT_RUNS);
    return toPage(call.execute(listDeploymentRuns(params, call)), params);
  }

  /**
   * List deployment runs, newest first, one page at a time. The first page, with the server's
   * defaults, without blocking.
   */
  public CompletableFuture<Page<DeploymentRun>> listAsync() {
    return listAsync(ListDeploymentRunsParams.builder().build());
  }

  /**
   * List deployment runs, newest first, one page at a time. The page that {@code params} selects,
   * without blocking.
   */
  public CompletableFuture<Page<DeploymentRun>> listAsync(ListDeploymentRunsParams params) {
    return AsyncExchange.enqueue(
        transport,
        Operation.LIST_DEPLOYMENT_RUNS,
        (Exchange<DeploymentRunPage> call) -> listDeploymentRuns(params, call),
        page -> toPage(page, params));
  }

  /** The Retrofit call of the page that {@code params} selects, for {@code call}. */
  private Call<DeploymentRunPage> listDeploymentRuns(
      ListDeploymentRunsParams params, Exchange<DeploymentRunPage> call) {
    return api.listDeploymentRuns(
        params.deploymentId,
        params.createdAtGt,
        params.createdAtGte,
        params.createdAtLt,
        params.createdAtLte,
        params.hasError,
        params.triggerType,
        params.limit,
        params.page,
        call);
  }

  private Page<DeploymentRun> toPage(DeploymentRunPage page, ListDeploymentRunsParams params) {
    return new Page<>(
        page.getData(),
        page.getNextPage(),
        cursor -> list(params.withPage(cursor)),
        cursor -> listAsync(params.withPage(cursor)));
  }

  /** Retrieve a deployment run. */
  public DeploymentRun retrieve(String deploymentRunId) {
    BlockingExchange<DeploymentRun> call =
        new BlockingExchange<>(transport, Operation.RETRIEVE_DEPLOYMENT_RUN);
    return call.execute(
        api.retrieveDeploymentRun(call.pathId(deploymentRunId, "deployment_run_id"), call));
  }

  /** Retrieve a deployment run. Without blocking; see {@link #retrieve}. */
  public CompletableFuture<DeploymentRun> retrieveAsync(String deploymentRunId) {
    return AsyncExchange.enqueue(
        transport,
        Operation.RETRIEVE_DEPLOYMENT_RUN,
        call -> api.retrieveDeploymentRun(call.pathId(deploymentRunId, "deployment_run_id"), call));
  }
}
