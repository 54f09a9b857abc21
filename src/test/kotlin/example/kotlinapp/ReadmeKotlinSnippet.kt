package example.kotlinapp

import dev.managedagents.deployments.DeploymentsClient
import dev.managedagents.deployments.kotlin.DeploymentsJson
import dev.managedagents.deployments.kotlin.agent
import dev.managedagents.deployments.kotlin.branch
import dev.managedagents.deployments.kotlin.createDeploymentParams
import dev.managedagents.deployments.kotlin.cronSchedule
import dev.managedagents.deployments.kotlin.deployments
import dev.managedagents.deployments.kotlin.fold
import dev.managedagents.deployments.kotlin.githubRepository
import dev.managedagents.deployments.kotlin.resources
import dev.managedagents.deployments.kotlin.userMessage
import dev.managedagents.deployments.model.Deployment
import kotlinx.coroutines.flow.take

/**
 * The README's Kotlin block, compiled and run: ReadmeSnippetTest checks that the block is this
 * function's marked region, and KotlinReadmeTest runs it against the local server.
 */
internal suspend fun readmeKotlinExample(key: String, baseUrl: String, githubToken: String): List<String> {
    val out = mutableListOf<String>()
    fun println(line: Any?) = out.add(line.toString())
    // README-BEGIN
    DeploymentsClient.builder().apiKey(key).baseUrl(baseUrl).build().use { client ->
        // Suspend functions; cancelling the coroutine cancels the HTTP call.
        val deployment = client.deployments.create(
            createDeploymentParams(
                agent = agent("agent_01Example9AgentId"),
                environmentId = "env_01Example9EnvId",
                initialEvents = listOf(userMessage("Write the weekly report.")),
                name = "weekly-report",
            ) {
                resources(githubRepository("https://github.com/example/reports", githubToken) {
                    checkout(branch("main"))
                })
                schedule(cronSchedule("0 9 * * 1", "Europe/Berlin"))
            },
        )
        // A patch, built in the block: clear the description, keep everything else.
        val updated = client.deployments.update(deployment.id) { description(null) }

        // One lambda per variant: a variant added to the API stops this from compiling.
        val why = updated.pausedReason?.fold(
            error = { "paused by ${it.error.type}" },
            manual = { "paused by hand" },
            unknown = { "paused for a reason this SDK does not know yet: ${it.type}" },
        ) ?: "${updated.name} is ${updated.status}"
        println(why)

        // A Flow fetches each page when the collector reaches it.
        client.deployments.list { limit(20) }.take(50).collect { println(it.name) }

        // JSON of a request or response body; an app shrunk by R8 keeps only what a Deployment holds.
        println(DeploymentsJson.bodyFromJson<Deployment>(DeploymentsJson.bodyToJson(updated)) == updated)
    }
    // README-END
    return out
}
