@file:JvmName("DeploymentsShortcuts")

package dev.managedagents.deployments.kotlin

import dev.managedagents.deployments.model.AgentParam
import dev.managedagents.deployments.model.AgentReferenceParam
import dev.managedagents.deployments.model.BranchCheckout
import dev.managedagents.deployments.model.CommitCheckout
import dev.managedagents.deployments.model.CreateDeploymentParams
import dev.managedagents.deployments.model.CronScheduleParam
import dev.managedagents.deployments.model.GitHubRepositoryResourceParam
import dev.managedagents.deployments.model.RequestBuilder
import dev.managedagents.deployments.model.TextBlock
import dev.managedagents.deployments.model.UpdateDeploymentParams
import dev.managedagents.deployments.model.UserMessageEventParam

// The requests people write most, in one call each. The generated builders cover every request model.
//
// Inside a block a shortcut is never made only to be dropped: where the block's builder has a
// property for what it makes, it sets that property (or adds to that list) and returns what it
// made, so `agent(agent("agent_01"))` still works; in any other block it does not compile. Kotlin
// picks these extensions over the top-level functions of the same name whenever a builder is the
// implicit receiver, and the @DeploymentsDsl marker keeps an enclosing block's builder out of reach.

/** The agent with ID [id] (`agent_…`), at its latest version. */
public fun agent(id: String): AgentParam = AgentParam.id(id)

/** The agent with ID [id] (`agent_…`), pinned to [version]. */
public fun agent(id: String, version: Int): AgentParam = agentReference(id, version)

/** A user message holding one text block, [text]. */
public fun userMessage(text: String): UserMessageEventParam = textMessage(text)

/** Runs on the cron [expression] (five fields) in the IANA [timezone], e.g. `Europe/Berlin`. */
public fun cronSchedule(expression: String, timezone: String): CronScheduleParam = cron(expression, timezone)

/**
 * The GitHub repository at [url], cloned with [authorizationToken] (write-only: the API never
 * returns it); the checkout and mount path are set in [block].
 */
public inline fun githubRepository(
    url: String,
    authorizationToken: String,
    block: (@DeploymentsDsl GitHubRepositoryResourceParam.Builder).() -> Unit = {},
): GitHubRepositoryResourceParam = gitHubRepositoryResourceParam(url, authorizationToken, block)

/** Checks out the branch [name]. */
public fun branch(name: String): BranchCheckout = branchCheckout(name)

/** Checks out the commit [sha]. */
public fun commit(sha: String): CommitCheckout = commitCheckout(sha)

// ----- In a create block: each shortcut sets the property it makes, and returns it.

/** Sets `agent` to the agent with ID [id] at its latest version, and returns it. */
public fun CreateDeploymentParams.Builder.agent(id: String): AgentParam = AgentParam.id(id).also { agent(it) }

/** Sets `agent` to the agent with ID [id] pinned to [version], and returns it. */
public fun CreateDeploymentParams.Builder.agent(id: String, version: Int): AgentParam =
    agentReference(id, version).also { agent(it) }

/** Adds a user message holding [text] to `initial_events`, and returns it. */
public fun CreateDeploymentParams.Builder.userMessage(text: String): UserMessageEventParam =
    textMessage(text).also { addInitialEventsItem(it) }

/** Sets `schedule` to the cron [expression] in [timezone], and returns it. */
public fun CreateDeploymentParams.Builder.cronSchedule(expression: String, timezone: String): CronScheduleParam =
    cron(expression, timezone).also { schedule(it) }

/** Adds the GitHub repository at [url] to `resources`, and returns it. */
public inline fun CreateDeploymentParams.Builder.githubRepository(
    url: String,
    authorizationToken: String,
    block: (@DeploymentsDsl GitHubRepositoryResourceParam.Builder).() -> Unit = {},
): GitHubRepositoryResourceParam =
    gitHubRepositoryResourceParam(url, authorizationToken, block).also { addResourcesItem(it) }

// ----- In an update block: the same, on the patch.

/** Sets `agent` to the agent with ID [id] at its latest version, and returns it. */
public fun UpdateDeploymentParams.Builder.agent(id: String): AgentParam = AgentParam.id(id).also { agent(it) }

/** Sets `agent` to the agent with ID [id] pinned to [version], and returns it. */
public fun UpdateDeploymentParams.Builder.agent(id: String, version: Int): AgentParam =
    agentReference(id, version).also { agent(it) }

/** Adds a user message holding [text] to `initial_events`, and returns it. */
public fun UpdateDeploymentParams.Builder.userMessage(text: String): UserMessageEventParam =
    textMessage(text).also { addInitialEventsItem(it) }

/** Sets `schedule` to the cron [expression] in [timezone], and returns it. */
public fun UpdateDeploymentParams.Builder.cronSchedule(expression: String, timezone: String): CronScheduleParam =
    cron(expression, timezone).also { schedule(it) }

/** Adds the GitHub repository at [url] to `resources`, and returns it. */
public inline fun UpdateDeploymentParams.Builder.githubRepository(
    url: String,
    authorizationToken: String,
    block: (@DeploymentsDsl GitHubRepositoryResourceParam.Builder).() -> Unit = {},
): GitHubRepositoryResourceParam =
    gitHubRepositoryResourceParam(url, authorizationToken, block).also { addResourcesItem(it) }

// ----- In a GitHub repository block.

/** Sets `checkout` to the branch [name], and returns it. */
public fun GitHubRepositoryResourceParam.Builder.branch(name: String): BranchCheckout =
    branchCheckout(name).also { checkout(it) }

/** Sets `checkout` to the commit [sha], and returns it. */
public fun GitHubRepositoryResourceParam.Builder.commit(sha: String): CommitCheckout =
    commitCheckout(sha).also { checkout(it) }

// ----- In any other block: the builder has no property for what the shortcut makes.

private const val DROPPED = "this block's builder has no property for it, so it would be made and dropped"

/** Does not compile: this block has nothing that takes an agent. */
@Deprecated("agent(…) makes an AgentParam, and $DROPPED; pass it to agent(…) of a deployment's block", level = DeprecationLevel.ERROR)
public fun RequestBuilder.agent(id: String): Nothing = throw UnsupportedOperationException(DROPPED)

/** Does not compile: this block has nothing that takes an agent. */
@Deprecated("agent(…) makes an AgentParam, and $DROPPED; pass it to agent(…) of a deployment's block", level = DeprecationLevel.ERROR)
public fun RequestBuilder.agent(id: String, version: Int): Nothing = throw UnsupportedOperationException(DROPPED)

/** Does not compile: this block has no initial events. */
@Deprecated("userMessage(…) makes an initial event, and $DROPPED; call it in a deployment's block", level = DeprecationLevel.ERROR)
public fun RequestBuilder.userMessage(text: String): Nothing = throw UnsupportedOperationException(DROPPED)

/** Does not compile: this block has no schedule. */
@Deprecated("cronSchedule(…) makes a schedule, and $DROPPED; call it in a deployment's block", level = DeprecationLevel.ERROR)
public fun RequestBuilder.cronSchedule(expression: String, timezone: String): Nothing =
    throw UnsupportedOperationException(DROPPED)

/** Does not compile: this block has no resources. */
@Deprecated("githubRepository(…) makes a resource, and $DROPPED; call it in a deployment's block", level = DeprecationLevel.ERROR)
public fun RequestBuilder.githubRepository(
    url: String,
    authorizationToken: String,
    block: (@DeploymentsDsl GitHubRepositoryResourceParam.Builder).() -> Unit = {},
): Nothing = throw UnsupportedOperationException(DROPPED)

/** Does not compile: this block has no checkout. */
@Deprecated("branch(…) makes a checkout, and $DROPPED; call it in a GitHub repository's block", level = DeprecationLevel.ERROR)
public fun RequestBuilder.branch(name: String): Nothing = throw UnsupportedOperationException(DROPPED)

/** Does not compile: this block has no checkout. */
@Deprecated("commit(…) makes a checkout, and $DROPPED; call it in a GitHub repository's block", level = DeprecationLevel.ERROR)
public fun RequestBuilder.commit(sha: String): Nothing = throw UnsupportedOperationException(DROPPED)

private fun agentReference(id: String, version: Int): AgentParam =
    AgentReferenceParam.builder().id(id).version(version).build()

private fun textMessage(text: String): UserMessageEventParam =
    UserMessageEventParam.builder().content(listOf(TextBlock.builder().text(text).build())).build()

private fun cron(expression: String, timezone: String): CronScheduleParam =
    CronScheduleParam.builder().expression(expression).timezone(timezone).build()
