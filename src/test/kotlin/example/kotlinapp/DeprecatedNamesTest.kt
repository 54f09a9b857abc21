@file:Suppress("DEPRECATION") // Calling 0.1.0's deprecated names is what this file tests.

package example.kotlinapp

import dev.managedagents.deployments.DeploymentsClient
import dev.managedagents.deployments.kotlin.agent
import dev.managedagents.deployments.kotlin.createDeployment
import dev.managedagents.deployments.kotlin.listDeploymentRuns
import dev.managedagents.deployments.kotlin.retrieveDeployment
import dev.managedagents.deployments.kotlin.runDeployment
import dev.managedagents.deployments.kotlin.updateDeployment
import dev.managedagents.deployments.kotlin.userMessage
import dev.managedagents.deployments.testing.LocalDeploymentsServer
import kotlinx.coroutines.flow.map
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test

/**
 * The functions 0.1.0 named by operationId (`client.createDeployment`), deprecated for the names
 * Java uses (`client.deployments.create`), still make the same calls.
 */
class DeprecatedNamesTest {
    private val server = LocalDeploymentsServer.start()
    private val client = DeploymentsClient.builder().apiKey(server.apiKey()).baseUrl(server.baseUrl()).build()

    @AfterEach
    fun close() {
        client.close()
        server.close()
    }

    @Test
    fun the010NamesStillCreateUpdateRetrieveRunAndList() = runBlocking {
        val created = client.createDeployment {
            agent("agent_01Example9AgentId")
            environmentId("env_01Example9EnvId")
            userMessage("Write the weekly report.")
            name("weekly-report")
        }
        assertEquals("Writes it", client.updateDeployment(created.id) { description("Writes it") }.description)
        assertEquals(created.id, client.retrieveDeployment(created.id).id)

        val run = client.runDeployment(created.id)
        assertEquals(listOf(run.id), client.listDeploymentRuns { deploymentId(created.id) }.map { it.id }.toList())
    }
}
