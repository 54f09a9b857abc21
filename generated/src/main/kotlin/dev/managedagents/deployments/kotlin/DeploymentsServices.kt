// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

@file:JvmName("DeploymentsServices")

package dev.managedagents.deployments.kotlin

// Star imports: an operation or a tag added to the spec needs no edit here.
import dev.managedagents.deployments.*
import dev.managedagents.deployments.model.*
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.future.await

/**
 * List and retrieve deployment runs.
 *
 * The Kotlin face of [DeploymentRuns]: each operation under its Java name, as a suspend function
 * (cancelling the coroutine cancels the HTTP call) or, for a list, a [Flow] of its items.
 * Reached as `client.deploymentRuns`.
 */
public class SuspendingDeploymentRuns internal constructor(private val service: DeploymentRuns) {
    /** This view with [options] on every call made through it, as Java's `withOptions`. */
    public fun withOptions(options: RequestOptions): SuspendingDeploymentRuns =
        SuspendingDeploymentRuns(service.withOptions(options))

    /**
     * List deployment runs, newest first, one page at a time.
     *
     * Each page is fetched as the flow's collector reaches it; cancelling the collector cancels the
     * HTTP call in flight.
     */
    public fun list(
        params: ListDeploymentRunsParams = ListDeploymentRunsParams.builder().build(),
    ): Flow<DeploymentRun> = pages { service.listAsync(params) }

    /** List deployment runs, newest first, one page at a time. The filters are set in [block]. */
    public inline fun list(
        block: (@DeploymentsDsl ListDeploymentRunsParams.Builder).() -> Unit,
    ): Flow<DeploymentRun> =
        list(ListDeploymentRunsParams.builder().apply(block).build())

    /**
     * Retrieve a deployment run.
     *
     * Suspends until the answer arrives; cancelling the coroutine cancels the HTTP call.
     */
    public suspend fun retrieve(
        deploymentRunId: String,
    ): DeploymentRun =
        service.retrieveAsync(deploymentRunId).await()
}

/**
 * The operations of [DeploymentRuns] as suspend functions and flows, under the names Java's
 * `client.deploymentRuns()` gives them.
 */
public val DeploymentsClient.deploymentRuns: SuspendingDeploymentRuns
    get() = SuspendingDeploymentRuns(deploymentRuns())

/**
 * Create, list, retrieve, update, archive, pause, unpause and run deployments.
 *
 * The Kotlin face of [Deployments]: each operation under its Java name, as a suspend function
 * (cancelling the coroutine cancels the HTTP call) or, for a list, a [Flow] of its items.
 * Reached as `client.deployments`.
 */
public class SuspendingDeployments internal constructor(private val service: Deployments) {
    /** This view with [options] on every call made through it, as Java's `withOptions`. */
    public fun withOptions(options: RequestOptions): SuspendingDeployments =
        SuspendingDeployments(service.withOptions(options))

    /**
     * Archive a deployment. One-way; an archived deployment no longer fires.
     *
     * Suspends until the answer arrives; cancelling the coroutine cancels the HTTP call.
     */
    public suspend fun archive(
        deploymentId: String,
    ): Deployment =
        service.archiveAsync(deploymentId).await()

    /**
     * Create a deployment.
     *
     * Suspends until the answer arrives; cancelling the coroutine cancels the HTTP call.
     */
    public suspend fun create(
        params: CreateDeploymentParams,
    ): Deployment =
        service.createAsync(params).await()

    /** Create a deployment. The request is built in [block]. */
    public suspend inline fun create(
        block: (@DeploymentsDsl CreateDeploymentParams.Builder).() -> Unit,
    ): Deployment =
        create(CreateDeploymentParams.builder().apply(block).build())

    /**
     * List deployments, newest first, one page at a time.
     *
     * Each page is fetched as the flow's collector reaches it; cancelling the collector cancels the
     * HTTP call in flight.
     */
    public fun list(
        params: ListDeploymentsParams = ListDeploymentsParams.builder().build(),
    ): Flow<Deployment> = pages { service.listAsync(params) }

    /** List deployments, newest first, one page at a time. The filters are set in [block]. */
    public inline fun list(
        block: (@DeploymentsDsl ListDeploymentsParams.Builder).() -> Unit,
    ): Flow<Deployment> =
        list(ListDeploymentsParams.builder().apply(block).build())

    /**
     * Pause a deployment; its schedule stops firing until it is unpaused.
     *
     * Suspends until the answer arrives; cancelling the coroutine cancels the HTTP call.
     */
    public suspend fun pause(
        deploymentId: String,
    ): Deployment =
        service.pauseAsync(deploymentId).await()

    /**
     * Retrieve a deployment.
     *
     * Suspends until the answer arrives; cancelling the coroutine cancels the HTTP call.
     */
    public suspend fun retrieve(
        deploymentId: String,
    ): Deployment =
        service.retrieveAsync(deploymentId).await()

    /**
     * Run a deployment now, outside its schedule.
     *
     * Suspends until the answer arrives; cancelling the coroutine cancels the HTTP call.
     */
    public suspend fun run(
        deploymentId: String,
    ): DeploymentRun =
        service.runAsync(deploymentId).await()

    /**
     * Unpause a paused deployment.
     *
     * Suspends until the answer arrives; cancelling the coroutine cancels the HTTP call.
     */
    public suspend fun unpause(
        deploymentId: String,
    ): Deployment =
        service.unpauseAsync(deploymentId).await()

    /**
     * Update a deployment with a patch.
     *
     * Suspends until the answer arrives; cancelling the coroutine cancels the HTTP call.
     */
    public suspend fun update(
        deploymentId: String,
        params: UpdateDeploymentParams,
    ): Deployment =
        service.updateAsync(deploymentId, params).await()

    /** Update a deployment with a patch. The request is built in [block]. */
    public suspend inline fun update(
        deploymentId: String,
        block: (@DeploymentsDsl UpdateDeploymentParams.Builder).() -> Unit,
    ): Deployment =
        update(deploymentId, UpdateDeploymentParams.builder().apply(block).build())
}

/**
 * The operations of [Deployments] as suspend functions and flows, under the names Java's
 * `client.deployments()` gives them.
 */
public val DeploymentsClient.deployments: SuspendingDeployments
    get() = SuspendingDeployments(deployments())
