package example.kotlinapp

import dev.managedagents.deployments.DeploymentsClient
import dev.managedagents.deployments.kotlin.agent
import dev.managedagents.deployments.kotlin.branch
import dev.managedagents.deployments.kotlin.commit
import dev.managedagents.deployments.kotlin.createDeploymentParams
import dev.managedagents.deployments.kotlin.cronSchedule
import dev.managedagents.deployments.kotlin.deployments
import dev.managedagents.deployments.kotlin.fileDocumentSource
import dev.managedagents.deployments.kotlin.fold
import dev.managedagents.deployments.kotlin.githubRepository
import dev.managedagents.deployments.kotlin.initialEvents
import dev.managedagents.deployments.kotlin.resources
import dev.managedagents.deployments.kotlin.updateDeploymentParams
import dev.managedagents.deployments.kotlin.userMessage
import dev.managedagents.deployments.model.AgentParam
import dev.managedagents.deployments.model.Checkout
import dev.managedagents.deployments.model.DocumentSource
import dev.managedagents.deployments.testing.LocalDeploymentsServer
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Test

/**
 * What the DSL's blocks do with the shortcuts and folds that KotlinDslCompileTest shows compiling:
 * inside a block, a shortcut sets (or adds to) the builder's property for what it makes.
 */
class KotlinDslTest {
    private val url = "https://github.com/example/reports"
    private val token = "ghp_example"

    @Test
    fun aShortcutInABlockSetsTheBuildersPropertyForWhatItMakes() {
        val params =
            createDeploymentParams(agent("agent_01"), "env_01", listOf(userMessage("Write the report.")), "report") {
                agent("agent_02")
                cronSchedule("0 9 * * 1", "Europe/Berlin")
                userMessage("Then mail it.")
                githubRepository(url, token) { branch("main") }
            }

        assertEquals(AgentParam.id("agent_02"), params.agent)
        assertEquals(cronSchedule("0 9 * * 1", "Europe/Berlin"), params.schedule)
        assertEquals(listOf(userMessage("Write the report."), userMessage("Then mail it.")), params.initialEvents)
        assertEquals(listOf(githubRepository(url, token) { checkout(branch("main")) }), params.resources)
    }

    @Test
    fun aShortcutPassedToItsSetterInABlockIsSetOnce() {
        val patch =
            updateDeploymentParams {
                agent(agent("agent_01", 3))
                initialEvents(userMessage("One."), userMessage("Two."))
                resources(githubRepository(url, token) { checkout(commit("4f2a9c1")) })
            }

        assertEquals(agent("agent_01", 3), patch.agent)
        assertEquals(listOf(userMessage("One."), userMessage("Two.")), patch.initialEvents)
        assertEquals(listOf(githubRepository(url, token) { checkout(commit("4f2a9c1")) }), patch.resources)
    }

    @Test
    fun anOperationBlockTakesTheAgentShortcut() {
        // Before, agent("…") here made a value the block dropped, and the server refused the create.
        LocalDeploymentsServer.start().use { server ->
            DeploymentsClient.builder().apiKey(server.apiKey()).baseUrl(server.baseUrl()).build().use { client ->
                runBlocking {
                    val created = client.deployments.create {
                        agent("agent_01Example9AgentId")
                        environmentId("env_01Example9EnvId")
                        userMessage("Write the weekly report.")
                        name("weekly-report")
                    }
                    assertEquals("agent_01Example9AgentId", created.agent.id)

                    val updated = client.deployments.update(created.id) { agent("agent_02Example9AgentId", 2) }
                    assertEquals("agent_02Example9AgentId", updated.agent.id)
                    assertEquals(2, updated.agent.version)
                }
            }
        }
    }

    @Test
    fun foldNamesTheFileVariantFileAndMayReturnNull() {
        val source: DocumentSource = fileDocumentSource("file_01")
        val fileId: String? =
            source.fold(base64 = { null }, file = { it.fileId }, text = { null }, url = { null }, unknown = { null })
        assertEquals("file_01", fileId)

        val checkout: Checkout = branch("main")
        assertNull(checkout.fold(branch = { null }, commit = { it.sha }, unknown = { it.type }))
    }
}
