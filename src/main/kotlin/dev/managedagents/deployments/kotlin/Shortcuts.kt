@file:JvmName("DeploymentsShortcuts")

package dev.managedagents.deployments.kotlin

import dev.managedagents.deployments.model.AgentParam
import dev.managedagents.deployments.model.AgentReferenceParam
import dev.managedagents.deployments.model.BranchCheckout
import dev.managedagents.deployments.model.CommitCheckout
import dev.managedagents.deployments.model.CronScheduleParam
import dev.managedagents.deployments.model.GitHubRepositoryResourceParam
import dev.managedagents.deployments.model.TextBlock
import dev.managedagents.deployments.model.UserMessageEventParam

// The requests people write most, in one call each. The generated builders cover every request model.

/** The agent with ID [id] (`agent_…`), at its latest version. */
public fun agent(id: String): AgentParam = AgentParam.id(id)

/** The agent with ID [id] (`agent_…`), pinned to [version]. */
public fun agent(id: String, version: Int): AgentParam =
    AgentReferenceParam.builder().id(id).version(version).build()

/** A user message holding one text block, [text]. */
public fun userMessage(text: String): UserMessageEventParam =
    UserMessageEventParam.builder().content(listOf(TextBlock.builder().text(text).build())).build()

/** Runs on the cron [expression] (five fields) in the IANA [timezone], e.g. `Europe/Berlin`. */
public fun cronSchedule(expression: String, timezone: String): CronScheduleParam =
    CronScheduleParam.builder().expression(expression).timezone(timezone).build()

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
public fun branch(name: String): BranchCheckout = BranchCheckout.builder().name(name).build()

/** Checks out the commit [sha]. */
public fun commit(sha: String): CommitCheckout = CommitCheckout.builder().sha(sha).build()
