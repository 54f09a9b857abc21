// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

@file:JvmName("DeploymentsCoroutines")

package dev.managedagents.deployments.kotlin

// Star imports: an operation added to the spec needs no edit here.
import dev.managedagents.deployments.*
import dev.managedagents.deployments.model.*
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.future.await

/**
 * List deployment runs, newest first, one page at a time.
 *
 * Each page is fetched as the flow's collector reaches it; cancelling the collector cancels the
 * HTTP call in flight.
 */
public fun DeploymentsClient.listDeploymentRuns(
    params: ListDeploymentRunsParams =
        ListDeploymentRunsParams.builder().build(),
): Flow<DeploymentRun> = pages { deploymentRuns().listAsync(params) }

/** List deployment runs, newest first, one page at a time. The filters are set in [block]. */
public inline fun DeploymentsClient.listDeploymentRuns(
    block: (@DeploymentsDsl ListDeploymentRunsParams.Builder).() -> Unit,
): Flow<DeploymentRun> =
    listDeploymentRuns(ListDeploymentRunsParams.builder().apply(block).build())

/**
 * Retrieve a deployment run.
 *
 * Suspends until the answer arrives; cancelling the coroutine cancels the HTTP call.
 */
public suspend fun DeploymentsClient.retrieveDeploymentRun(
    deploymentRunId: String,
): DeploymentRun =
    deploymentRuns().retrieveAsync(deploymentRunId).await()

/**
 * Archive a deployment. One-way; an archived deployment no longer fires.
 *
 * Suspends until the answer arrives; cancelling the coroutine cancels the HTTP call.
 */
public suspend fun DeploymentsClient.archiveDeployment(
    deploymentId: String,
): Deployment =
    deployments().archiveAsync(deploymentId).await()

/**
 * Create a deployment.
 *
 * Suspends until the answer arrives; cancelling the coroutine cancels the HTTP call.
 */
public suspend fun DeploymentsClient.createDeployment(
    params: CreateDeploymentParams,
): Deployment =
    deployments().createAsync(params).await()

/** Create a deployment. The request is built in [block]. */
public suspend inline fun DeploymentsClient.createDeployment(
    block: (@DeploymentsDsl CreateDeploymentParams.Builder).() -> Unit,
): Deployment =
    createDeployment(CreateDeploymentParams.builder().apply(block).build())

/**
 * List deployments, newest first, one page at a time.
 *
 * Each page is fetched as the flow's collector reaches it; cancelling the collector cancels the
 * HTTP call in flight.
 */
public fun DeploymentsClient.listDeployments(
    params: ListDeploymentsParams =
        ListDeploymentsParams.builder().build(),
): Flow<Deployment> = pages { deployments().listAsync(params) }

/** List deployments, newest first, one page at a time. The filters are set in [block]. */
public inline fun DeploymentsClient.listDeployments(
    block: (@DeploymentsDsl ListDeploymentsParams.Builder).() -> Unit,
): Flow<Deployment> =
    listDeployments(ListDeploymentsParams.builder().apply(block).build())

/**
 * Pause a deployment; its schedule stops firing until it is unpaused.
 *
 * Suspends until the answer arrives; cancelling the coroutine cancels the HTTP call.
 */
public suspend fun DeploymentsClient.pauseDeployment(
    deploymentId: String,
): Deployment =
    deployments().pauseAsync(deploymentId).await()

/**
 * Retrieve a deployment.
 *
 * Suspends until the answer arrives; cancelling the coroutine cancels the HTTP call.
 */
public suspend fun DeploymentsClient.retrieveDeployment(
    deploymentId: String,
): Deployment =
    deployments().retrieveAsync(deploymentId).await()

/**
 * Run a deployment now, outside its schedule.
 *
 * Suspends until the answer arrives; cancelling the coroutine cancels the HTTP call.
 */
public suspend fun DeploymentsClient.runDeployment(
    deploymentId: String,
): DeploymentRun =
    deployments().runAsync(deploymentId).await()

/**
 * Unpause a paused deployment.
 *
 * Suspends until the answer arrives; cancelling the coroutine cancels the HTTP call.
 */
public suspend fun DeploymentsClient.unpauseDeployment(
    deploymentId: String,
): Deployment =
    deployments().unpauseAsync(deploymentId).await()

/**
 * Update a deployment with a patch.
 *
 * Suspends until the answer arrives; cancelling the coroutine cancels the HTTP call.
 */
public suspend fun DeploymentsClient.updateDeployment(
    deploymentId: String,
    params: UpdateDeploymentParams,
): Deployment =
    deployments().updateAsync(deploymentId, params).await()

/** Update a deployment with a patch. The request is built in [block]. */
public suspend inline fun DeploymentsClient.updateDeployment(
    deploymentId: String,
    block: (@DeploymentsDsl UpdateDeploymentParams.Builder).() -> Unit,
): Deployment =
    updateDeployment(deploymentId, UpdateDeploymentParams.builder().apply(block).build())
