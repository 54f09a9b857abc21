// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments;

import dev.managedagents.deployments.model.CreateDeploymentParams;
import dev.managedagents.deployments.model.Deployment;
import dev.managedagents.deployments.model.DeploymentPage;
import dev.managedagents.deployments.model.DeploymentRun;
import dev.managedagents.deployments.model.UpdateDeploymentParams;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import retrofit2.Call;

/**
 * Create, list, retrieve, update, archive, pause, unpause and run deployments. Each operation has a
 * blocking form and an {@code ...Async} form whose future can be cancelled. Thread-safe.
 */
public final class Deployments {
  private final Transport transport;
  private final DeploymentsApi api;

  Deployments(Transport transport) {
    this(transport, transport.api(DeploymentsApi.class));
  }

  private Deployments(Transport transport, DeploymentsApi api) {
    this.transport = transport;
    this.api = api;
  }

  /** Returns a view of this service whose calls use {@code options}; this one is unchanged. */
  public Deployments withOptions(RequestOptions options) {
    return new Deployments(transport.withOptions(options), api);
  }

  /**
   * Makes the call {@code call} makes on this service, and returns its result with the answer's
   * status, headers and request ID; for example {@code withResponse(s -> s.retrieve(id))}. The
   * function makes one call; with more, the answer is the last one's.
   */
  public <T> ApiResponse<T> withResponse(Function<Deployments, T> call) {
    ResponseCapture capture = new ResponseCapture();
    return capture.response(call.apply(new Deployments(transport.withListener(capture), api)));
  }

  /**
   * {@link #withResponse} without blocking: {@code withResponseAsync(s -> s.retrieveAsync(id))}.
   * Cancelling the future cancels the call.
   */
  public <T> CompletableFuture<ApiResponse<T>> withResponseAsync(
      Function<Deployments, CompletableFuture<T>> call) {
    ResponseCapture capture = new ResponseCapture();
    return capture.responseAsync(call.apply(new Deployments(transport.withListener(capture), api)));
  }

  /** Archive a deployment. One-way; an archived deployment no longer fires. */
  public Deployment archive(String deploymentId) {
    BlockingExchange<Deployment> call =
        new BlockingExchange<>(transport, Operation.ARCHIVE_DEPLOYMENT);
    return call.execute(api.archiveDeployment(call.pathId(deploymentId, "deployment_id"), call));
  }

  /**
   * Archive a deployment. One-way; an archived deployment no longer fires. Without blocking; see
   * {@link #archive}.
   */
  public CompletableFuture<Deployment> archiveAsync(String deploymentId) {
    return AsyncExchange.enqueue(
        transport,
        Operation.ARCHIVE_DEPLOYMENT,
        call -> api.archiveDeployment(call.pathId(deploymentId, "deployment_id"), call));
  }

  /**
   * Create a deployment.
   *
   * <p>Not idempotent; retrying after the request reached the server can create a second
   * deployment.
   *
   * <p>Retried only when an attempt certainly did not reach the server: after a {@link
   * ConnectionException} that {@link ConnectionException#isPossiblySent() may have been sent}, or a
   * 5xx, it may have happened.
   *
   * @throws ValidationException if {@code params} breaks a documented limit; nothing is sent
   */
  public Deployment create(CreateDeploymentParams params) {
    BlockingExchange<Deployment> call =
        new BlockingExchange<>(transport, Operation.CREATE_DEPLOYMENT);
    return call.execute(api.createDeployment(call.body(params), call));
  }

  /** Create a deployment. Without blocking; see {@link #create}. */
  public CompletableFuture<Deployment> createAsync(CreateDeploymentParams params) {
    return AsyncExchange.enqueue(
        transport,
        Operation.CREATE_DEPLOYMENT,
        call -> api.createDeployment(call.body(params), call));
  }

  /**
   * List deployments, newest first, one page at a time. The first page, with the server's defaults.
   */
  public Page<Deployment> list() {
    return list(ListDeploymentsParams.builder().build());
  }

  /** List deployments, newest first, one page at a time. The page that {@code params} selects. */
  public Page<Deployment> list(ListDeploymentsParams params) {
    BlockingExchange<DeploymentPage> call =
        new BlockingExchange<>(transport, Operation.LIST_DEPLOYMENTS);
    return toPage(call.execute(listDeployments(params, call)), params);
  }

  /**
   * List deployments, newest first, one page at a time. The first page, with the server's defaults,
   * without blocking.
   */
  public CompletableFuture<Page<Deployment>> listAsync() {
    return listAsync(ListDeploymentsParams.builder().build());
  }

  /**
   * List deployments, newest first, one page at a time. The page that {@code params} selects,
   * without blocking.
   */
  public CompletableFuture<Page<Deployment>> listAsync(ListDeploymentsParams params) {
    return AsyncExchange.enqueue(
        transport,
        Operation.LIST_DEPLOYMENTS,
        (Exchange<DeploymentPage> call) -> listDeployments(params, call),
        page -> toPage(page, params));
  }

  /** The Retrofit call of the page that {@code params} selects, for {@code call}. */
  private Call<DeploymentPage> listDeployments(
      ListDeploymentsParams params, Exchange<DeploymentPage> call) {
    return api.listDeployments(
        params.agentId,
        params.createdAtGte,
        params.createdAtLte,
        params.includeArchived,
        params.status,
        params.limit,
        params.page,
        call);
  }

  private Page<Deployment> toPage(DeploymentPage page, ListDeploymentsParams params) {
    return new Page<>(
        page.getData(),
        page.getNextPage(),
        cursor -> list(params.withPage(cursor)),
        cursor -> listAsync(params.withPage(cursor)));
  }

  /** Pause a deployment; its schedule stops firing until it is unpaused. */
  public Deployment pause(String deploymentId) {
    BlockingExchange<Deployment> call =
        new BlockingExchange<>(transport, Operation.PAUSE_DEPLOYMENT);
    return call.execute(api.pauseDeployment(call.pathId(deploymentId, "deployment_id"), call));
  }

  /**
   * Pause a deployment; its schedule stops firing until it is unpaused. Without blocking; see
   * {@link #pause}.
   */
  public CompletableFuture<Deployment> pauseAsync(String deploymentId) {
    return AsyncExchange.enqueue(
        transport,
        Operation.PAUSE_DEPLOYMENT,
        call -> api.pauseDeployment(call.pathId(deploymentId, "deployment_id"), call));
  }

  /** Retrieve a deployment. */
  public Deployment retrieve(String deploymentId) {
    BlockingExchange<Deployment> call =
        new BlockingExchange<>(transport, Operation.RETRIEVE_DEPLOYMENT);
    return call.execute(api.retrieveDeployment(call.pathId(deploymentId, "deployment_id"), call));
  }

  /** Retrieve a deployment. Without blocking; see {@link #retrieve}. */
  public CompletableFuture<Deployment> retrieveAsync(String deploymentId) {
    return AsyncExchange.enqueue(
        transport,
        Operation.RETRIEVE_DEPLOYMENT,
        call -> api.retrieveDeployment(call.pathId(deploymentId, "deployment_id"), call));
  }

  /**
   * Run a deployment now, outside its schedule.
   *
   * <p>Not idempotent; retrying after the request reached the server can start a second run.
   *
   * <p>Retried only when an attempt certainly did not reach the server: after a {@link
   * ConnectionException} that {@link ConnectionException#isPossiblySent() may have been sent}, or a
   * 5xx, it may have happened.
   */
  public DeploymentRun run(String deploymentId) {
    BlockingExchange<DeploymentRun> call =
        new BlockingExchange<>(transport, Operation.RUN_DEPLOYMENT);
    return call.execute(api.runDeployment(call.pathId(deploymentId, "deployment_id"), call));
  }

  /** Run a deployment now, outside its schedule. Without blocking; see {@link #run}. */
  public CompletableFuture<DeploymentRun> runAsync(String deploymentId) {
    return AsyncExchange.enqueue(
        transport,
        Operation.RUN_DEPLOYMENT,
        call -> api.runDeployment(call.pathId(deploymentId, "deployment_id"), call));
  }

  /** Unpause a paused deployment. */
  public Deployment unpause(String deploymentId) {
    BlockingExchange<Deployment> call =
        new BlockingExchange<>(transport, Operation.UNPAUSE_DEPLOYMENT);
    return call.execute(api.unpauseDeployment(call.pathId(deploymentId, "deployment_id"), call));
  }

  /** Unpause a paused deployment. Without blocking; see {@link #unpause}. */
  public CompletableFuture<Deployment> unpauseAsync(String deploymentId) {
    return AsyncExchange.enqueue(
        transport,
        Operation.UNPAUSE_DEPLOYMENT,
        call -> api.unpauseDeployment(call.pathId(deploymentId, "deployment_id"), call));
  }

  /**
   * Update a deployment with a patch.
   *
   * <p>Omitted fields keep their stored value; `{}` is a valid no-op. A field set to `null` is
   * cleared, and a `metadata` entry set to `null` is deleted. An archived deployment cannot be
   * updated (409).
   *
   * @throws ValidationException if {@code params} breaks a documented limit; nothing is sent
   */
  public Deployment update(String deploymentId, UpdateDeploymentParams params) {
    BlockingExchange<Deployment> call =
        new BlockingExchange<>(transport, Operation.UPDATE_DEPLOYMENT);
    return call.execute(
        api.updateDeployment(call.pathId(deploymentId, "deployment_id"), call.body(params), call));
  }

  /** Update a deployment with a patch. Without blocking; see {@link #update}. */
  public CompletableFuture<Deployment> updateAsync(
      String deploymentId, UpdateDeploymentParams params) {
    return AsyncExchange.enqueue(
        transport,
        Operation.UPDATE_DEPLOYMENT,
        call ->
            api.updateDeployment(
                call.pathId(deploymentId, "deployment_id"), call.body(params), call));
  }
}
