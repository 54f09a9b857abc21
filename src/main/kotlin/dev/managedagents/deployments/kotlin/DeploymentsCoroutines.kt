@file:JvmName("DeploymentsCoroutines")

package dev.managedagents.deployments.kotlin

// The names 0.1.0 shipped, one extension of DeploymentsClient per operationId, kept so that code
// written and compiled against them still builds and links. Each one is deprecated in favour of the
// service view named as in Java (DeploymentsServices.kt), and only delegates to it. Written once,
// not generated: an operation added to the spec since has its view method only, and a renamed
// operationId leaves these names as they were.

import dev.managedagents.deployments.DeploymentsClient
import dev.managedagents.deployments.ListDeploymentRunsParams
import dev.managedagents.deployments.ListDeploymentsParams
import dev.managedagents.deployments.model.CreateDeploymentParams
import dev.managedagents.deployments.model.Deployment
import dev.managedagents.deployments.model.DeploymentRun
import dev.managedagents.deployments.model.UpdateDeploymentParams
import kotlinx.coroutines.flow.Flow

/**
 * List deployment runs, newest first, one page at a time.
 *
 * 0.1.0's name for `deploymentRuns.list(…)`, kept for the code that calls it.
 */
@Deprecated(
    "Named as in Java now: deploymentRuns.list(…)",
    ReplaceWith(
        "deploymentRuns.list(params)",
        "dev.managedagents.deployments.kotlin.deploymentRuns",
    ),
)
public fun DeploymentsClient.listDeploymentRuns(
    params: ListDeploymentRunsParams =
        ListDeploymentRunsParams.builder().build(),
): Flow<DeploymentRun> = deploymentRuns.list(params)

/**
 * List deployment runs, newest first, one page at a time.
 *
 * 0.1.0's name for `deploymentRuns.list { … }`, kept for the code that calls it.
 */
@Deprecated(
    "Named as in Java now: deploymentRuns.list { … }",
    ReplaceWith(
        "deploymentRuns.list(block)",
        "dev.managedagents.deployments.kotlin.deploymentRuns",
    ),
)
public inline fun DeploymentsClient.listDeploymentRuns(
    block: (@DeploymentsDsl ListDeploymentRunsParams.Builder).() -> Unit,
): Flow<DeploymentRun> =
    deploymentRuns.list(block)

/**
 * Retrieve a deployment run.
 *
 * 0.1.0's name for `deploymentRuns.retrieve(…)`, kept for the code that calls it.
 */
@Deprecated(
    "Named as in Java now: deploymentRuns.retrieve(…)",
    ReplaceWith(
        "deploymentRuns.retrieve(deploymentRunId)",
        "dev.managedagents.deployments.kotlin.deploymentRuns",
    ),
)
public suspend fun DeploymentsClient.retrieveDeploymentRun(
    deploymentRunId: String,
): DeploymentRun =
    deploymentRuns.retrieve(deploymentRunId)

/**
 * Archive a deployment. One-way; an archived deployment no longer fires.
 *
 * 0.1.0's name for `deployments.archive(…)`, kept for the code that calls it.
 */
@Deprecated(
    "Named as in Java now: deployments.archive(…)",
    ReplaceWith(
        "deployments.archive(deploymentId)",
        "dev.managedagents.deployments.kotlin.deployments",
    ),
)
public suspend fun DeploymentsClient.archiveDeployment(
    deploymentId: String,
): Deployment =
    deployments.archive(deploymentId)

/**
 * Create a deployment.
 *
 * 0.1.0's name for `deployments.create(…)`, kept for the code that calls it.
 */
@Deprecated(
    "Named as in Java now: deployments.create(…)",
    ReplaceWith(
        "deployments.create(params)",
        "dev.managedagents.deployments.kotlin.deployments",
    ),
)
public suspend fun DeploymentsClient.createDeployment(
    params: CreateDeploymentParams,
): Deployment =
    deployments.create(params)

/**
 * Create a deployment.
 *
 * 0.1.0's name for `deployments.create { … }`, kept for the code that calls it.
 */
@Deprecated(
    "Named as in Java now: deployments.create { … }",
    ReplaceWith(
        "deployments.create(block)",
        "dev.managedagents.deployments.kotlin.deployments",
    ),
)
public suspend inline fun DeploymentsClient.createDeployment(
    block: (@DeploymentsDsl CreateDeploymentParams.Builder).() -> Unit,
): Deployment =
    deployments.create(block)

/**
 * List deployments, newest first, one page at a time.
 *
 * 0.1.0's name for `deployments.list(…)`, kept for the code that calls it.
 */
@Deprecated(
    "Named as in Java now: deployments.list(…)",
    ReplaceWith(
        "deployments.list(params)",
        "dev.managedagents.deployments.kotlin.deployments",
    ),
)
public fun DeploymentsClient.listDeployments(
    params: ListDeploymentsParams =
        ListDeploymentsParams.builder().build(),
): Flow<Deployment> = deployments.list(params)

/**
 * List deployments, newest first, one page at a time.
 *
 * 0.1.0's name for `deployments.list { … }`, kept for the code that calls it.
 */
@Deprecated(
    "Named as in Java now: deployments.list { … }",
    ReplaceWith(
        "deployments.list(block)",
        "dev.managedagents.deployments.kotlin.deployments",
    ),
)
public inline fun DeploymentsClient.listDeployments(
    block: (@DeploymentsDsl ListDeploymentsParams.Builder).() -> Unit,
): Flow<Deployment> =
    deployments.list(block)

/**
 * Pause a deployment; its schedule stops firing until it is unpaused.
 *
 * 0.1.0's name for `deployments.pause(…)`, kept for the code that calls it.
 */
@Deprecated(
    "Named as in Java now: deployments.pause(…)",
    ReplaceWith(
        "deployments.pause(deploymentId)",
        "dev.managedagents.deployments.kotlin.deployments",
    ),
)
public suspend fun DeploymentsClient.pauseDeployment(
    deploymentId: String,
): Deployment =
    deployments.pause(deploymentId)

/**
 * Retrieve a deployment.
 *
 * 0.1.0's name for `deployments.retrieve(…)`, kept for the code that calls it.
 */
@Deprecated(
    "Named as in Java now: deployments.retrieve(…)",
    ReplaceWith(
        "deployments.retrieve(deploymentId)",
        "dev.managedagents.deployments.kotlin.deployments",
    ),
)
public suspend fun DeploymentsClient.retrieveDeployment(
    deploymentId: String,
): Deployment =
    deployments.retrieve(deploymentId)

/**
 * Run a deployment now, outside its schedule.
 *
 * 0.1.0's name for `deployments.run(…)`, kept for the code that calls it.
 */
@Deprecated(
    "Named as in Java now: deployments.run(…)",
    ReplaceWith(
        "deployments.run(deploymentId)",
        "dev.managedagents.deployments.kotlin.deployments",
    ),
)
public suspend fun DeploymentsClient.runDeployment(
    deploymentId: String,
): DeploymentRun =
    deployments.run(deploymentId)

/**
 * Unpause a paused deployment.
 *
 * 0.1.0's name for `deployments.unpause(…)`, kept for the code that calls it.
 */
@Deprecated(
    "Named as in Java now: deployments.unpause(…)",
    ReplaceWith(
        "deployments.unpause(deploymentId)",
        "dev.managedagents.deployments.kotlin.deployments",
    ),
)
public suspend fun DeploymentsClient.unpauseDeployment(
    deploymentId: String,
): Deployment =
    deployments.unpause(deploymentId)

/**
 * Update a deployment with a patch.
 *
 * 0.1.0's name for `deployments.update(…)`, kept for the code that calls it.
 */
@Deprecated(
    "Named as in Java now: deployments.update(…)",
    ReplaceWith(
        "deployments.update(deploymentId, params)",
        "dev.managedagents.deployments.kotlin.deployments",
    ),
)
public suspend fun DeploymentsClient.updateDeployment(
    deploymentId: String,
    params: UpdateDeploymentParams,
): Deployment =
    deployments.update(deploymentId, params)

/**
 * Update a deployment with a patch.
 *
 * 0.1.0's name for `deployments.update { … }`, kept for the code that calls it.
 */
@Deprecated(
    "Named as in Java now: deployments.update { … }",
    ReplaceWith(
        "deployments.update(deploymentId, block)",
        "dev.managedagents.deployments.kotlin.deployments",
    ),
)
public suspend inline fun DeploymentsClient.updateDeployment(
    deploymentId: String,
    block: (@DeploymentsDsl UpdateDeploymentParams.Builder).() -> Unit,
): Deployment =
    deployments.update(deploymentId, block)
