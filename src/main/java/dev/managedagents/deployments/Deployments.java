package dev.managedagents.deployments;

import dev.managedagents.deployments.model.CreateDeploymentParams;
import dev.managedagents.deployments.model.Deployment;
import dev.managedagents.deployments.model.DeploymentPage;
import dev.managedagents.deployments.model.DeploymentRun;
import dev.managedagents.deployments.model.UpdateDeploymentParams;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Create, list, retrieve, update, archive, pause, unpause and run deployments. Each operation has a
 * blocking form and an {@code ...Async} form whose future can be cancelled. Thread-safe.
 */
public final class Deployments {
  private final Transport transport;

  Deployments(Transport transport) {
    this.transport = transport;
  }

  /** Returns a view of this service whose calls use {@code options}; this one is unchanged. */
  public Deployments withOptions(RequestOptions options) {
    return new Deployments(transport.withOptions(options));
  }

  /**
   * Makes the call {@code call} makes on this service, and returns its result with the answer's
   * status, headers and request ID; for example {@code withResponse(d -> d.retrieve(id))}. The
   * function makes one call; with more, the answer is the last one's.
   */
  public <T> ApiResponse<T> withResponse(Function<Deployments, T> call) {
    ResponseCapture capture = new ResponseCapture();
    return capture.response(call.apply(new Deployments(transport.withListener(capture))));
  }

  /**
   * {@link #withResponse} without blocking: {@code withResponseAsync(d -> d.retrieveAsync(id))}.
   * Cancelling the future cancels the call.
   */
  public <T> CompletableFuture<ApiResponse<T>> withResponseAsync(
      Function<Deployments, CompletableFuture<T>> call) {
    ResponseCapture capture = new ResponseCapture();
    return capture.responseAsync(call.apply(new Deployments(transport.withListener(capture))));
  }

  /**
   * Creates a deployment.
   *
   * <p>Not idempotent: it is retried only when the first attempt certainly did not reach the
   * server. A {@link ConnectionException} with {@link ConnectionException#isPossiblySent()} or a
   * 5xx means a deployment may have been created.
   *
   * @throws ValidationException if {@code params} breaks a documented limit; nothing is sent
   */
  public Deployment create(CreateDeploymentParams params) {
    return ApiCall.execute(transport, Operation.CREATE_DEPLOYMENT, () -> createCall(params));
  }

  /** Creates a deployment without blocking; see {@link #create}. */
  public CompletableFuture<Deployment> createAsync(CreateDeploymentParams params) {
    return async(Operation.CREATE_DEPLOYMENT, () -> createCall(params));
  }

  /** Lists deployments, newest first: the first page with the server's defaults. */
  public Page<Deployment> list() {
    return list(ListDeploymentsParams.builder().build());
  }

  /** Lists deployments, newest first: the page that {@code params} selects. */
  public Page<Deployment> list(ListDeploymentsParams params) {
    return toPage(
        ApiCall.execute(transport, Operation.LIST_DEPLOYMENTS, () -> params.call(transport.api)),
        params);
  }

  /** Lists deployments without blocking: the first page with the server's defaults. */
  public CompletableFuture<Page<Deployment>> listAsync() {
    return listAsync(ListDeploymentsParams.builder().build());
  }

  /** Lists deployments without blocking; see {@link #list(ListDeploymentsParams)}. */
  public CompletableFuture<Page<Deployment>> listAsync(ListDeploymentsParams params) {
    return ApiCall.enqueue(
        transport,
        Operation.LIST_DEPLOYMENTS,
        () -> params.call(transport.api),
        page -> toPage(page, params));
  }

  /** Retrieves a deployment by ID. */
  public Deployment retrieve(String deploymentId) {
    return ApiCall.execute(
        transport,
        Operation.RETRIEVE_DEPLOYMENT,
        () -> transport.api.retrieveDeployment(id(deploymentId)));
  }

  /** Retrieves a deployment without blocking. */
  public CompletableFuture<Deployment> retrieveAsync(String deploymentId) {
    return async(
        Operation.RETRIEVE_DEPLOYMENT, () -> transport.api.retrieveDeployment(id(deploymentId)));
  }

  /**
   * Updates a deployment with a patch: properties not set in {@code params} keep their stored
   * value, properties set to {@code null} are cleared, and {@code metadata} entries set to {@code
   * null} are deleted.
   */
  public Deployment update(String deploymentId, UpdateDeploymentParams params) {
    return ApiCall.execute(
        transport, Operation.UPDATE_DEPLOYMENT, () -> updateCall(deploymentId, params));
  }

  /** Updates a deployment without blocking; see {@link #update}. */
  public CompletableFuture<Deployment> updateAsync(
      String deploymentId, UpdateDeploymentParams params) {
    return async(Operation.UPDATE_DEPLOYMENT, () -> updateCall(deploymentId, params));
  }

  /**
   * Archives a deployment: it stops firing and can no longer change. Archiving twice is harmless.
   */
  public Deployment archive(String deploymentId) {
    return ApiCall.execute(
        transport,
        Operation.ARCHIVE_DEPLOYMENT,
        () -> transport.api.archiveDeployment(id(deploymentId)));
  }

  /** Archives a deployment without blocking. */
  public CompletableFuture<Deployment> archiveAsync(String deploymentId) {
    return async(
        Operation.ARCHIVE_DEPLOYMENT, () -> transport.api.archiveDeployment(id(deploymentId)));
  }

  /** Pauses a deployment: its schedule stops firing until it is unpaused. */
  public Deployment pause(String deploymentId) {
    return ApiCall.execute(
        transport,
        Operation.PAUSE_DEPLOYMENT,
        () -> transport.api.pauseDeployment(id(deploymentId)));
  }

  /** Pauses a deployment without blocking. */
  public CompletableFuture<Deployment> pauseAsync(String deploymentId) {
    return async(Operation.PAUSE_DEPLOYMENT, () -> transport.api.pauseDeployment(id(deploymentId)));
  }

  /** Unpauses a paused deployment. */
  public Deployment unpause(String deploymentId) {
    return ApiCall.execute(
        transport,
        Operation.UNPAUSE_DEPLOYMENT,
        () -> transport.api.unpauseDeployment(id(deploymentId)));
  }

  /** Unpauses a deployment without blocking. */
  public CompletableFuture<Deployment> unpauseAsync(String deploymentId) {
    return async(
        Operation.UNPAUSE_DEPLOYMENT, () -> transport.api.unpauseDeployment(id(deploymentId)));
  }

  /**
   * Runs a deployment now, outside its schedule, and returns the run record.
   *
   * <p>Not idempotent, like {@link #create}: a failure that may have reached the server is not
   * retried, and the run may have started.
   */
  public DeploymentRun run(String deploymentId) {
    return ApiCall.execute(
        transport, Operation.RUN_DEPLOYMENT, () -> transport.api.runDeployment(id(deploymentId)));
  }

  /** Runs a deployment now without blocking; see {@link #run}. */
  public CompletableFuture<DeploymentRun> runAsync(String deploymentId) {
    return async(Operation.RUN_DEPLOYMENT, () -> transport.api.runDeployment(id(deploymentId)));
  }

  private <M> CompletableFuture<M> async(Operation operation, ApiCall.Preparation<M> prepare) {
    return ApiCall.enqueue(transport, operation, prepare, model -> model);
  }

  private ApiCall<Deployment> createCall(CreateDeploymentParams params) {
    Validation.body(params, "params");
    Validation.schedule(params.getSchedule(), "schedule");
    return transport.api.createDeployment(params);
  }

  private ApiCall<Deployment> updateCall(String deploymentId, UpdateDeploymentParams params) {
    String id = id(deploymentId);
    Validation.body(params, "params");
    Validation.schedule(params.getSchedule(), "schedule");
    return transport.api.updateDeployment(id, params);
  }

  private Page<Deployment> toPage(DeploymentPage page, ListDeploymentsParams params) {
    return new Page<>(
        page.getData(),
        page.getNextPage(),
        cursor -> list(params.withPage(cursor)),
        cursor -> listAsync(params.withPage(cursor)));
  }

  private static String id(String deploymentId) {
    return Validation.pathId(deploymentId, "deployment_id");
  }
}
