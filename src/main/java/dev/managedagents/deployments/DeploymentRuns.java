package dev.managedagents.deployments;

import dev.managedagents.deployments.model.DeploymentRun;
import dev.managedagents.deployments.model.DeploymentRunPage;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** List and retrieve deployment runs, blocking or with {@code ...Async}. Thread-safe. */
public final class DeploymentRuns {
  private final Transport transport;

  DeploymentRuns(Transport transport) {
    this.transport = transport;
  }

  /** Returns a view of this service whose calls use {@code options}; this one is unchanged. */
  public DeploymentRuns withOptions(RequestOptions options) {
    return new DeploymentRuns(transport.withOptions(options));
  }

  /**
   * Makes the call {@code call} makes on this service, and returns its result with the answer's
   * status, headers and request ID; for example {@code withResponse(r -> r.retrieve(id))}. The
   * function makes one call; with more, the answer is the last one's.
   */
  public <T> ApiResponse<T> withResponse(Function<DeploymentRuns, T> call) {
    ResponseCapture capture = new ResponseCapture();
    return capture.response(call.apply(new DeploymentRuns(transport.withListener(capture))));
  }

  /**
   * {@link #withResponse} without blocking: {@code withResponseAsync(r -> r.retrieveAsync(id))}.
   * Cancelling the future cancels the call.
   */
  public <T> CompletableFuture<ApiResponse<T>> withResponseAsync(
      Function<DeploymentRuns, CompletableFuture<T>> call) {
    ResponseCapture capture = new ResponseCapture();
    return capture.responseAsync(call.apply(new DeploymentRuns(transport.withListener(capture))));
  }

  /** Lists runs, newest first: the first page with the server's defaults. */
  public Page<DeploymentRun> list() {
    return list(ListDeploymentRunsParams.builder().build());
  }

  /** Lists runs, newest first: the page that {@code params} selects. */
  public Page<DeploymentRun> list(ListDeploymentRunsParams params) {
    return toPage(
        ApiCall.execute(
            transport, Operation.LIST_DEPLOYMENT_RUNS, () -> params.call(transport.api)),
        params);
  }

  /** Lists runs without blocking: the first page with the server's defaults. */
  public CompletableFuture<Page<DeploymentRun>> listAsync() {
    return listAsync(ListDeploymentRunsParams.builder().build());
  }

  /** Lists runs without blocking; see {@link #list(ListDeploymentRunsParams)}. */
  public CompletableFuture<Page<DeploymentRun>> listAsync(ListDeploymentRunsParams params) {
    return ApiCall.enqueue(
        transport,
        Operation.LIST_DEPLOYMENT_RUNS,
        () -> params.call(transport.api),
        page -> toPage(page, params));
  }

  /** Retrieves a run by ID. */
  public DeploymentRun retrieve(String deploymentRunId) {
    return ApiCall.execute(
        transport,
        Operation.RETRIEVE_DEPLOYMENT_RUN,
        () -> transport.api.retrieveDeploymentRun(id(deploymentRunId)));
  }

  /** Retrieves a run without blocking. */
  public CompletableFuture<DeploymentRun> retrieveAsync(String deploymentRunId) {
    return ApiCall.enqueue(
        transport,
        Operation.RETRIEVE_DEPLOYMENT_RUN,
        () -> transport.api.retrieveDeploymentRun(id(deploymentRunId)),
        run -> run);
  }

  private Page<DeploymentRun> toPage(DeploymentRunPage page, ListDeploymentRunsParams params) {
    return new Page<>(
        page.getData(),
        page.getNextPage(),
        cursor -> list(params.withPage(cursor)),
        cursor -> listAsync(params.withPage(cursor)));
  }

  private static String id(String deploymentRunId) {
    return Validation.pathId(deploymentRunId, "deployment_run_id");
  }
}
