package dev.managedagents.deployments;

import dev.managedagents.deployments.model.CreateDeploymentParams;
import dev.managedagents.deployments.model.Deployment;
import dev.managedagents.deployments.model.DeploymentPage;
import dev.managedagents.deployments.model.DeploymentRun;
import dev.managedagents.deployments.model.UpdateDeploymentParams;
import java.util.concurrent.CompletableFuture;

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
   * Creates a deployment.
   *
   * <p>Not idempotent: it is retried only when the first attempt certainly did not reach the
   * server. A {@link ConnectionException} with {@link ConnectionException#isPossiblySent()} or a
   * 5xx means a deployment may have been created.
   *
   * @throws ValidationException if {@code params} breaks a documented limit; nothing is sent
   */
  public Deployment create(CreateDeploymentParams params) {
    validate(params);
    Exchange<Deployment> call = Exchange.blocking(transport, Operation.CREATE_DEPLOYMENT);
    return call.execute(transport.api.createDeployment(params, call));
  }

  /** Creates a deployment without blocking; see {@link #create}. */
  public CompletableFuture<Deployment> createAsync(CreateDeploymentParams params) {
    return Exchange.enqueue(
        transport,
        Operation.CREATE_DEPLOYMENT,
        call -> transport.api.createDeployment(validate(params), call));
  }

  /** Lists deployments, newest first: the first page with the server's defaults. */
  public Page<Deployment> list() {
    return list(ListDeploymentsParams.builder().build());
  }

  /** Lists deployments, newest first: the page that {@code params} selects. */
  public Page<Deployment> list(ListDeploymentsParams params) {
    Exchange<DeploymentPage> call = Exchange.blocking(transport, Operation.LIST_DEPLOYMENTS);
    return toPage(call.execute(params.call(transport.api, call)), params);
  }

  /** Lists deployments without blocking: the first page with the server's defaults. */
  public CompletableFuture<Page<Deployment>> listAsync() {
    return listAsync(ListDeploymentsParams.builder().build());
  }

  /** Lists deployments without blocking; see {@link #list(ListDeploymentsParams)}. */
  public CompletableFuture<Page<Deployment>> listAsync(ListDeploymentsParams params) {
    return Exchange.enqueue(
        transport,
        Operation.LIST_DEPLOYMENTS,
        (Exchange<DeploymentPage> call) -> params.call(transport.api, call),
        page -> toPage(page, params));
  }

  /** Retrieves a deployment by ID. */
  public Deployment retrieve(String deploymentId) {
    String id = id(deploymentId);
    Exchange<Deployment> call = Exchange.blocking(transport, Operation.RETRIEVE_DEPLOYMENT);
    return call.execute(transport.api.retrieveDeployment(id, call));
  }

  /** Retrieves a deployment without blocking. */
  public CompletableFuture<Deployment> retrieveAsync(String deploymentId) {
    return Exchange.enqueue(
        transport,
        Operation.RETRIEVE_DEPLOYMENT,
        call -> transport.api.retrieveDeployment(id(deploymentId), call));
  }

  /**
   * Updates a deployment with a patch: properties not set in {@code params} keep their stored
   * value, properties set to {@code null} are cleared, and {@code metadata} entries set to {@code
   * null} are deleted.
   */
  public Deployment update(String deploymentId, UpdateDeploymentParams params) {
    String id = id(deploymentId);
    validate(params);
    Exchange<Deployment> call = Exchange.blocking(transport, Operation.UPDATE_DEPLOYMENT);
    return call.execute(transport.api.updateDeployment(id, params, call));
  }

  /** Updates a deployment without blocking; see {@link #update}. */
  public CompletableFuture<Deployment> updateAsync(
      String deploymentId, UpdateDeploymentParams params) {
    return Exchange.enqueue(
        transport,
        Operation.UPDATE_DEPLOYMENT,
        call -> transport.api.updateDeployment(id(deploymentId), validate(params), call));
  }

  /**
   * Archives a deployment: it stops firing and can no longer change. Archiving twice is harmless.
   */
  public Deployment archive(String deploymentId) {
    String id = id(deploymentId);
    Exchange<Deployment> call = Exchange.blocking(transport, Operation.ARCHIVE_DEPLOYMENT);
    return call.execute(transport.api.archiveDeployment(id, call));
  }

  /** Archives a deployment without blocking. */
  public CompletableFuture<Deployment> archiveAsync(String deploymentId) {
    return Exchange.enqueue(
        transport,
        Operation.ARCHIVE_DEPLOYMENT,
        call -> transport.api.archiveDeployment(id(deploymentId), call));
  }

  /** Pauses a deployment: its schedule stops firing until it is unpaused. */
  public Deployment pause(String deploymentId) {
    String id = id(deploymentId);
    Exchange<Deployment> call = Exchange.blocking(transport, Operation.PAUSE_DEPLOYMENT);
    return call.execute(transport.api.pauseDeployment(id, call));
  }

  /** Pauses a deployment without blocking. */
  public CompletableFuture<Deployment> pauseAsync(String deploymentId) {
    return Exchange.enqueue(
        transport,
        Operation.PAUSE_DEPLOYMENT,
        call -> transport.api.pauseDeployment(id(deploymentId), call));
  }

  /** Unpauses a paused deployment. */
  public Deployment unpause(String deploymentId) {
    String id = id(deploymentId);
    Exchange<Deployment> call = Exchange.blocking(transport, Operation.UNPAUSE_DEPLOYMENT);
    return call.execute(transport.api.unpauseDeployment(id, call));
  }

  /** Unpauses a deployment without blocking. */
  public CompletableFuture<Deployment> unpauseAsync(String deploymentId) {
    return Exchange.enqueue(
        transport,
        Operation.UNPAUSE_DEPLOYMENT,
        call -> transport.api.unpauseDeployment(id(deploymentId), call));
  }

  /**
   * Runs a deployment now, outside its schedule, and returns the run record.
   *
   * <p>Not idempotent, like {@link #create}: a failure that may have reached the server is not
   * retried, and the run may have started.
   */
  public DeploymentRun run(String deploymentId) {
    String id = id(deploymentId);
    Exchange<DeploymentRun> call = Exchange.blocking(transport, Operation.RUN_DEPLOYMENT);
    return call.execute(transport.api.runDeployment(id, call));
  }

  /** Runs a deployment now without blocking; see {@link #run}. */
  public CompletableFuture<DeploymentRun> runAsync(String deploymentId) {
    return Exchange.enqueue(
        transport,
        Operation.RUN_DEPLOYMENT,
        call -> transport.api.runDeployment(id(deploymentId), call));
  }

  private static CreateDeploymentParams validate(CreateDeploymentParams params) {
    Validation.body(params, "params");
    Validation.schedule(params.getSchedule(), "schedule");
    return params;
  }

  private static UpdateDeploymentParams validate(UpdateDeploymentParams params) {
    Validation.body(params, "params");
    Validation.schedule(params.getSchedule(), "schedule");
    return params;
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
