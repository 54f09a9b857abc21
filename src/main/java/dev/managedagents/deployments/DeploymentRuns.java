package dev.managedagents.deployments;

import dev.managedagents.deployments.model.DeploymentRun;
import dev.managedagents.deployments.model.DeploymentRunPage;
import java.util.concurrent.CompletableFuture;

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

  /** Lists runs, newest first: the first page with the server's defaults. */
  public Page<DeploymentRun> list() {
    return list(ListDeploymentRunsParams.builder().build());
  }

  /** Lists runs, newest first: the page that {@code params} selects. */
  public Page<DeploymentRun> list(ListDeploymentRunsParams params) {
    Exchange<DeploymentRunPage> call = Exchange.blocking(transport, Operation.LIST_DEPLOYMENT_RUNS);
    return toPage(call.execute(params.call(transport.api, call)), params);
  }

  /** Lists runs without blocking: the first page with the server's defaults. */
  public CompletableFuture<Page<DeploymentRun>> listAsync() {
    return listAsync(ListDeploymentRunsParams.builder().build());
  }

  /** Lists runs without blocking; see {@link #list(ListDeploymentRunsParams)}. */
  public CompletableFuture<Page<DeploymentRun>> listAsync(ListDeploymentRunsParams params) {
    return Exchange.enqueue(
        transport,
        Operation.LIST_DEPLOYMENT_RUNS,
        (Exchange<DeploymentRunPage> call) -> params.call(transport.api, call),
        page -> toPage(page, params));
  }

  /** Retrieves a run by ID. */
  public DeploymentRun retrieve(String deploymentRunId) {
    String id = id(deploymentRunId);
    Exchange<DeploymentRun> call = Exchange.blocking(transport, Operation.RETRIEVE_DEPLOYMENT_RUN);
    return call.execute(transport.api.retrieveDeploymentRun(id, call));
  }

  /** Retrieves a run without blocking. */
  public CompletableFuture<DeploymentRun> retrieveAsync(String deploymentRunId) {
    return Exchange.enqueue(
        transport,
        Operation.RETRIEVE_DEPLOYMENT_RUN,
        call -> transport.api.retrieveDeploymentRun(id(deploymentRunId), call));
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
